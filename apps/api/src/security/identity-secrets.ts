import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { IdentitySecrets } from '@talon/core/identity';
import { ARGON2_OPTIONS, type FieldCipher } from '@talon/db';
import { dictionary } from '@zxcvbn-ts/language-common';
import argon2 from 'argon2';
import { Secret, TOTP } from 'otpauth';
import { BoundedQueue } from './bounded-queue';

// The hashing options live in db, so that the demo seed stores hashes this module verifies alike.
export { ARGON2_OPTIONS };

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** ~49 000 leaked and common passwords (zxcvbn's list), lower case. */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  (dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()),
);

const totpFor = (secret: string, label = 'Талон') =>
  new TOTP({
    issuer: 'Талон',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });

/**
 * The cryptography identity rules use: argon2id passwords, keyed hashes of one-time codes (a 6-digit code
 * hashed without a key could be brute-forced from a database copy in a second), opaque session tokens
 * stored as SHA-256, TOTP per RFC 6238. argon2 runs through a bounded queue: at most
 * `hashing.concurrency` at once, `hashing.maxQueue` waiting, then `QueueFullError` (503 OVERLOADED).
 */
export async function createIdentitySecrets(
  cipher: FieldCipher,
  lookupKey: Buffer,
  hashing: { concurrency: number; maxQueue: number },
): Promise<IdentitySecrets> {
  const codeKey = createHmac('sha256', lookupKey).update('talon/one-time-codes').digest();
  const dummyHash = await argon2.hash(randomBytes(16).toString('hex'), ARGON2_OPTIONS);
  // Every argon2 call waits its turn here; a full line answers 503 (issue 15, item 4).
  const queue = new BoundedQueue({ name: 'password-hash', ...hashing });
  return {
    hashPassword: (password) => queue.run(() => argon2.hash(password, ARGON2_OPTIONS)),
    async verifyPassword(hash, password) {
      const isValid = await queue.run(() => argon2.verify(hash ?? dummyHash, password).catch(() => false));
      return hash !== null && isValid;
    },
    newCode: () => String(randomInt(0, 1_000_000)).padStart(6, '0'),
    hashCode: (code) => createHmac('sha256', codeKey).update(code).digest('hex'),
    hashesEqual(a, b) {
      const left = Buffer.from(a);
      const right = Buffer.from(b);
      return left.length === right.length && timingSafeEqual(left, right);
    },
    newToken: () => randomBytes(32).toString('base64url'),
    hashToken: (token) => createHash('sha256').update(token).digest('hex'),
    snilsHash: (snils) => cipher.lookupHash(snils),
    snilsLookupHashes: (snils) => cipher.lookupHashes(snils),
    lookupHash: (text) => cipher.lookupHash(text),
    newRecoveryCodes(count) {
      const part = () =>
        Array.from({ length: 4 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
      return Array.from({ length: count }, () => `${part()}-${part()}`);
    },
    totp: {
      newSecret: () => new Secret({ size: 20 }).base32,
      // One step either side tolerates a phone clock a little off.
      verify: (secret, code, at) => {
        const delta = totpFor(secret).validate({ token: code, timestamp: at.getTime(), window: 1 });
        return delta === null ? null : Math.floor(at.getTime() / 30_000) + delta;
      },
      uri: (secret, label) => totpFor(secret, label).toString(),
    },
    commonPasswords: COMMON_PASSWORDS,
  };
}
