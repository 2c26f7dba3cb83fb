import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** Values written before key ids existed carry this prefix; they were made with the single key, id `k1`. */
const LEGACY_PREFIX = 'v1';
const LEGACY_KEY_ID = 'k1';
/** Key ids are short, lower-case and contain no `.`, the separator of the stored form. */
export const KEY_ID_PATTERN = /^[a-z0-9]{1,16}$/;

/** The keys of the field cipher: a keyring (id → 32-byte AES key), the id of the key for new values, the HMAC key. */
export interface FieldCipherKeys {
  encryptionKeys: ReadonlyMap<string, Buffer>;
  currentKeyId: string;
  lookupKey: Buffer;
}

/**
 * Encryption at rest of identifiers and medical text (DESIGN rule 18): AES-256-GCM with a random 96-bit IV.
 * The stored form is `<keyId>.<base64(iv | tag | ciphertext)>`, so values under an old key stay readable
 * while `npm run keys:rotate` re-encrypts them under the current one; the legacy `v1.` form reads as key `k1`.
 * Look-ups use an HMAC-SHA-256 "blind index" with a separate key that rotation does not touch.
 */
export interface FieldCipher {
  /** The key id new values are encrypted with. */
  readonly currentKeyId: string;
  encrypt(plaintext: string): string;
  decrypt(stored: string): string;
  /** True when `stored` is not under the current key (or is in the legacy form). */
  needsRotation(stored: string): boolean;
  lookupHash(normalised: string): string;
}

/** Builds the cipher; throws when a key is not 32 bytes, a key id is malformed or the current key is missing. */
export function createFieldCipher(keys: FieldCipherKeys): FieldCipher {
  if (keys.lookupKey.length !== 32) throw new Error('field cipher keys must be 32 bytes');
  for (const [id, key] of keys.encryptionKeys) {
    if (!KEY_ID_PATTERN.test(id) || id === LEGACY_PREFIX)
      throw new Error(`invalid encryption key id "${id}"`);
    if (key.length !== 32) throw new Error('field cipher keys must be 32 bytes');
  }
  const currentKey = keys.encryptionKeys.get(keys.currentKeyId);
  if (!currentKey) throw new Error(`current encryption key "${keys.currentKeyId}" is not in the keyring`);
  const currentKeyId = keys.currentKeyId;

  const keyIdOf = (stored: string): string => {
    const dot = stored.indexOf('.');
    const prefix = dot > 0 ? stored.slice(0, dot) : '';
    return prefix === LEGACY_PREFIX ? LEGACY_KEY_ID : prefix;
  };

  return {
    currentKeyId,
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', currentKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return `${currentKeyId}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(stored) {
      const keyId = keyIdOf(stored);
      const key = keys.encryptionKeys.get(keyId);
      if (!key) throw new Error(`unknown encryption key id "${keyId}"`);
      const raw = Buffer.from(stored.slice(stored.indexOf('.') + 1), 'base64');
      if (raw.length < 28) throw new Error('ciphertext too short');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    needsRotation(stored) {
      return !stored.startsWith(`${currentKeyId}.`);
    },
    lookupHash(normalised) {
      return createHmac('sha256', keys.lookupKey).update(normalised).digest('hex');
    },
  };
}
