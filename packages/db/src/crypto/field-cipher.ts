import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Encryption at rest of identifiers and medical text (DESIGN rule 18): AES-256-GCM with a random 96-bit IV;
 * the stored form is `v1.<base64(iv | tag | ciphertext)>` so the key can be rotated by version later.
 * Look-ups use an HMAC-SHA-256 "blind index" with a separate key, never the ciphertext.
 */
export interface FieldCipher {
  encrypt(plaintext: string): string;
  decrypt(stored: string): string;
  lookupHash(normalised: string): string;
}

export function createFieldCipher(keys: { encryptionKey: Buffer; lookupKey: Buffer }): FieldCipher {
  if (keys.encryptionKey.length !== 32 || keys.lookupKey.length !== 32) {
    throw new Error('field cipher keys must be 32 bytes');
  }
  return {
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', keys.encryptionKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(stored) {
      const [version, payload] = stored.split('.', 2);
      if (version !== VERSION || !payload) throw new Error('unknown ciphertext version');
      const raw = Buffer.from(payload, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', keys.encryptionKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    lookupHash(normalised) {
      return createHmac('sha256', keys.lookupKey).update(normalised).digest('hex');
    },
  };
}
