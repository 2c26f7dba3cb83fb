import { describe, expect, it } from 'vitest';
import { createFieldCipher } from './field-cipher';

const cipher = createFieldCipher({ encryptionKey: Buffer.alloc(32, 1), lookupKey: Buffer.alloc(32, 2) });

describe('field cipher', () => {
  it('round-trips and never stores the plaintext', () => {
    const stored = cipher.encrypt('11223344595');
    expect(stored).not.toContain('11223344595');
    expect(cipher.decrypt(stored)).toBe('11223344595');
  });

  it('uses a fresh IV for every value', () => {
    expect(cipher.encrypt('11223344595')).not.toBe(cipher.encrypt('11223344595'));
  });

  it('refuses a tampered ciphertext', () => {
    const stored = cipher.encrypt('11223344595');
    const raw = Buffer.from(stored.slice(3), 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => cipher.decrypt(`v1.${raw.toString('base64')}`)).toThrow();
  });

  it('gives a stable lookup hash that depends on the key', () => {
    const other = createFieldCipher({ encryptionKey: Buffer.alloc(32, 1), lookupKey: Buffer.alloc(32, 3) });
    expect(cipher.lookupHash('11223344595')).toBe(cipher.lookupHash('11223344595'));
    expect(cipher.lookupHash('11223344595')).not.toBe(other.lookupHash('11223344595'));
  });
});
