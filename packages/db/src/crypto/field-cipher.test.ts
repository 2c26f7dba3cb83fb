import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCipher, fieldAad } from './field-cipher';

const keyA = Buffer.alloc(32, 1);
const keyB = Buffer.alloc(32, 4);
const lookupKey = Buffer.alloc(32, 2);
const cipher = createFieldCipher({ encryptionKeys: new Map([['k1', keyA]]), currentKeyId: 'k1', lookupKey });

/** The stored form before key ids: `v1.<base64(iv | tag | ciphertext)>` under the single key. */
function legacyEncrypt(plaintext: string, key: Buffer): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
  return `v1.${Buffer.concat([iv, c.getAuthTag(), body]).toString('base64')}`;
}

describe('field cipher', () => {
  it('round-trips, prefixes the key id and never stores the plaintext', () => {
    const stored = cipher.encrypt('11223344595');
    expect(stored).not.toContain('11223344595');
    expect(stored.startsWith('k1.')).toBe(true);
    expect(cipher.decrypt(stored)).toBe('11223344595');
  });

  it('uses a fresh IV for every value', () => {
    expect(cipher.encrypt('11223344595')).not.toBe(cipher.encrypt('11223344595'));
  });

  it('refuses a tampered ciphertext', () => {
    const stored = cipher.encrypt('11223344595');
    const raw = Buffer.from(stored.slice(3), 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => cipher.decrypt(`k1.${raw.toString('base64')}`)).toThrow();
  });

  it('gives a stable lookup hash that depends on the key', () => {
    const other = createFieldCipher({
      encryptionKeys: new Map([['k1', keyA]]),
      currentKeyId: 'k1',
      lookupKey: Buffer.alloc(32, 3),
    });
    expect(cipher.lookupHash('11223344595')).toBe(cipher.lookupHash('11223344595'));
    expect(cipher.lookupHash('11223344595')).not.toBe(other.lookupHash('11223344595'));
  });

  it('reads the legacy v1 form as key k1 and marks it for rotation', () => {
    const legacy = legacyEncrypt('текст', keyA);
    expect(cipher.decrypt(legacy)).toBe('текст');
    expect(cipher.needsRotation(legacy)).toBe(true);
    expect(cipher.needsRotation(cipher.encrypt('x'))).toBe(false);
  });

  it('encrypts with the current key and decrypts with any key of the ring', () => {
    const old = cipher.encrypt('11223344595');
    const ring = createFieldCipher({
      encryptionKeys: new Map([
        ['k1', keyA],
        ['k2', keyB],
      ]),
      currentKeyId: 'k2',
      lookupKey,
    });
    expect(ring.currentKeyId).toBe('k2');
    expect(ring.decrypt(old)).toBe('11223344595');
    expect(ring.needsRotation(old)).toBe(true);
    const fresh = ring.encrypt('11223344595');
    expect(fresh.startsWith('k2.')).toBe(true);
    expect(ring.needsRotation(fresh)).toBe(false);
    expect(() => cipher.decrypt(fresh)).toThrow(/unknown encryption key id "k2"/);
    expect(ring.lookupHash('11223344595')).toBe(cipher.lookupHash('11223344595'));
  });

  it('refuses a keyring without the current key, bad key ids and short keys', () => {
    const build = (ids: [string, Buffer][], currentKeyId: string) => () =>
      createFieldCipher({ encryptionKeys: new Map(ids), currentKeyId, lookupKey });
    expect(build([['k1', keyA]], 'k2')).toThrow(/not in the keyring/);
    expect(build([['K.1', keyA]], 'K.1')).toThrow(/invalid encryption key id/);
    expect(build([['v1', keyA]], 'v1')).toThrow(/invalid encryption key id/);
    expect(build([['k1', Buffer.alloc(16)]], 'k1')).toThrow(/32 bytes/);
  });

  it('binds a value to its place with additional data: it decrypts only there (issue 15 item 9)', () => {
    const here = fieldAad('referrals', 'diagnosis_code_encrypted', 'a');
    const there = fieldAad('referrals', 'diagnosis_code_encrypted', 'b');
    const stored = cipher.encrypt('J06.9', here);
    expect(stored.startsWith('k1.a.')).toBe(true);
    expect(cipher.decrypt(stored, here)).toBe('J06.9');
    // Copied to another row or column, or read as if unbound, it no longer opens.
    expect(() => cipher.decrypt(stored, there)).toThrow();
    expect(() => cipher.decrypt(stored, fieldAad('appointments', 'reason_encrypted', 'a'))).toThrow();
    expect(() => cipher.decrypt(stored)).toThrow(/bound to its place/);
  });

  it('keeps values written without additional data readable, and marks them for rotation', () => {
    const unbound = cipher.encrypt('J06.9');
    expect(cipher.decrypt(unbound)).toBe('J06.9');
    expect(cipher.decrypt(unbound, fieldAad('referrals', 'diagnosis_code_encrypted', 'a'))).toBe('J06.9');
    expect(cipher.needsRotation(unbound)).toBe(false);
    expect(cipher.needsRotation(unbound, true)).toBe(true);
    expect(cipher.needsRotation(cipher.encrypt('x', 'aad'), true)).toBe(false);
    expect(cipher.currentPrefix(true)).toBe('k1.a.');
  });

  it('looks up under the current and, while rotating, the previous look-up key', () => {
    expect(cipher.lookupHashes('11223344595')).toEqual([cipher.lookupHash('11223344595')]);
    expect(cipher.previousLookupHash('11223344595')).toBeNull();
    const rotating = createFieldCipher({
      encryptionKeys: new Map([['k1', keyA]]),
      currentKeyId: 'k1',
      lookupKey: Buffer.alloc(32, 9),
      previousLookupKey: lookupKey,
    });
    expect(rotating.lookupHashes('11223344595')).toEqual([
      rotating.lookupHash('11223344595'),
      cipher.lookupHash('11223344595'),
    ]);
    expect(rotating.previousLookupHash('11223344595')).toBe(cipher.lookupHash('11223344595'));
  });
});
