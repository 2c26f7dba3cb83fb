import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { KEY_ID_PATTERN } from './field-cipher';

/**
 * AES-256-GCM for file bytes (uploads, documents' PDFs), with the field cipher's keyring: the same keys,
 * the same rotation by key id. Binary, so a 5 MB file is not inflated by base64. The sealed form is
 * `keyIdLength (1 byte) | keyId | iv (12) | tag (16) | ciphertext`. The file's id is the additional data:
 * sealed bytes moved to another file's row or object do not open.
 */
export interface FileCipher {
  seal(fileId: string, plaintext: Uint8Array): Uint8Array;
  open(fileId: string, sealed: Uint8Array): Uint8Array;
}

export function createFileCipher(keys: {
  encryptionKeys: ReadonlyMap<string, Buffer>;
  currentKeyId: string;
}): FileCipher {
  const current = keys.encryptionKeys.get(keys.currentKeyId);
  if (!current || !KEY_ID_PATTERN.test(keys.currentKeyId)) {
    throw new Error(`current encryption key "${keys.currentKeyId}" is not in the keyring`);
  }
  const aad = (fileId: string) => Buffer.from(`stored_files:${fileId}`, 'utf8');
  return {
    seal(fileId, plaintext) {
      const keyId = Buffer.from(keys.currentKeyId, 'ascii');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      cipher.setAAD(aad(fileId));
      const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return Buffer.concat([Buffer.from([keyId.length]), keyId, iv, cipher.getAuthTag(), body]);
    },
    open(fileId, sealed) {
      const raw = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
      const idLength = raw[0] ?? 0;
      const keyId = raw.subarray(1, 1 + idLength).toString('ascii');
      const key = keys.encryptionKeys.get(keyId);
      if (!key) throw new Error(`unknown encryption key id "${keyId}"`);
      const start = 1 + idLength;
      if (raw.length < start + 28) throw new Error('sealed file too short');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(start, start + 12));
      decipher.setAAD(aad(fileId));
      decipher.setAuthTag(raw.subarray(start + 12, start + 28));
      return Buffer.concat([decipher.update(raw.subarray(start + 28)), decipher.final()]);
    },
  };
}
