import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** Values written before key ids existed carry this prefix; they were made with the single key, id `k1`. */
const LEGACY_PREFIX = 'v1';
const LEGACY_KEY_ID = 'k1';
/** Marks a value bound to its place by AES-GCM additional data: `<keyId>.a.<base64>`. */
const BOUND_MARK = 'a';
/** Key ids are short, lower-case and contain no `.`, the separator of the stored form. */
export const KEY_ID_PATTERN = /^[a-z0-9]{1,16}$/;

/** The keys of the field cipher: a keyring (id → 32-byte AES key), the id of the key for new values, the HMAC key. */
export interface FieldCipherKeys {
  encryptionKeys: ReadonlyMap<string, Buffer>;
  currentKeyId: string;
  lookupKey: Buffer;
  /**
   * The look-up key being replaced (TALON_LOOKUP_KEY_PREVIOUS) while `npm run keys:rotate` re-hashes the
   * stored look-up hashes: look-ups try both until it has finished.
   */
  previousLookupKey?: Buffer | null;
}

/**
 * The additional data that binds a ciphertext to its place: `<table>.<column>:<row key>`. A value copied to
 * another row or column no longer decrypts, so ciphertexts cannot be swapped (issue 15 item 9).
 */
export const fieldAad = (table: string, column: string, rowKey: string): string =>
  `${table}.${column}:${rowKey}`;

/**
 * Encryption at rest of identifiers and medical text (docs/domain.md rule 18): AES-256-GCM with a random 96-bit IV.
 * The stored form names its key, so values under an old key stay readable while `npm run keys:rotate`
 * re-encrypts them under the current one:
 * - `<keyId>.a.<base64(iv | tag | ciphertext)>`: bound to its place by additional data (`fieldAad`); it
 *   decrypts only with the same additional data;
 * - `<keyId>.<base64(…)>`: written without additional data (earlier releases, or a caller that passes none);
 *   readable whatever the caller passes, until rotation rewrites it in the bound form;
 * - `v1.<base64(…)>`: the legacy single-key form, read as key `k1`.
 * Look-ups use an HMAC-SHA-256 "blind index" with a separate key (`lookupHash`).
 *
 * A caller binds a value by passing the same `aad` to `encrypt` and `decrypt`, e.g.
 * `cipher.encrypt(text, fieldAad('referrals', 'diagnosis_code_encrypted', referralId))`.
 */
export interface FieldCipher {
  /** The key id new values are encrypted with. */
  readonly currentKeyId: string;
  /** With `aad`, the bound form; without, the unbound one (callers written before additional data). */
  encrypt(plaintext: string, aad?: string): string;
  /** Throws when the key is unknown, the value was altered, or a bound value is read with other `aad`. */
  decrypt(stored: string, aad?: string): string;
  /**
   * True when `stored` is not under the current key (or is in the legacy form), or — with `isBound` —
   * is not yet bound to its place.
   */
  needsRotation(stored: string, isBound?: boolean): boolean;
  /** The prefix of values that need no rotation: `<currentKeyId>.` or, bound, `<currentKeyId>.a.`. */
  currentPrefix(isBound?: boolean): string;
  /** The keyed hash stored for look-ups, under the current look-up key. */
  lookupHash(normalised: string): string;
  /**
   * Every hash a stored value may have while the look-up key is being rotated: the current key's first,
   * then the previous key's (when configured).
   */
  lookupHashes(normalised: string): string[];
  /** The hash under the previous look-up key, or null when none is configured. */
  previousLookupHash(normalised: string): string | null;
}

/** Builds the cipher; throws when a key is not 32 bytes, a key id is malformed or the current key is missing. */
export function createFieldCipher(keys: FieldCipherKeys): FieldCipher {
  const previousLookupKey = keys.previousLookupKey ?? null;
  if (keys.lookupKey.length !== 32 || (previousLookupKey && previousLookupKey.length !== 32)) {
    throw new Error('field cipher keys must be 32 bytes');
  }
  for (const [id, key] of keys.encryptionKeys) {
    if (!KEY_ID_PATTERN.test(id) || id === LEGACY_PREFIX)
      throw new Error(`invalid encryption key id "${id}"`);
    if (key.length !== 32) throw new Error('field cipher keys must be 32 bytes');
  }
  const currentKey = keys.encryptionKeys.get(keys.currentKeyId);
  if (!currentKey) throw new Error(`current encryption key "${keys.currentKeyId}" is not in the keyring`);
  const currentKeyId = keys.currentKeyId;

  /** The key id, whether the value is bound, and its base64 body. */
  const parse = (stored: string) => {
    const dot = stored.indexOf('.');
    const prefix = dot > 0 ? stored.slice(0, dot) : '';
    const rest = stored.slice(dot + 1);
    // A base64 body never holds a `.`: a second one can only be the bound mark.
    const isBound = rest.startsWith(`${BOUND_MARK}.`);
    return {
      keyId: prefix === LEGACY_PREFIX ? LEGACY_KEY_ID : prefix,
      isBound,
      body: isBound ? rest.slice(BOUND_MARK.length + 1) : rest,
    };
  };
  const hmac = (key: Buffer, normalised: string) =>
    createHmac('sha256', key).update(normalised).digest('hex');
  const currentPrefix = (isBound = false) =>
    isBound ? `${currentKeyId}.${BOUND_MARK}.` : `${currentKeyId}.`;

  return {
    currentKeyId,
    encrypt(plaintext, aad) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', currentKey, iv);
      if (aad !== undefined) cipher.setAAD(Buffer.from(aad, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const encoded = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
      return aad === undefined ? `${currentKeyId}.${encoded}` : `${currentKeyId}.${BOUND_MARK}.${encoded}`;
    },
    decrypt(stored, aad) {
      const { keyId, isBound, body } = parse(stored);
      const key = keys.encryptionKeys.get(keyId);
      if (!key) throw new Error(`unknown encryption key id "${keyId}"`);
      if (isBound && aad === undefined) throw new Error('this value is bound to its place: pass its aad');
      const raw = Buffer.from(body, 'base64');
      if (raw.length < 28) throw new Error('ciphertext too short');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      if (isBound) decipher.setAAD(Buffer.from(aad as string, 'utf8'));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    needsRotation(stored, isBound = false) {
      return !stored.startsWith(currentPrefix(isBound));
    },
    currentPrefix,
    lookupHash(normalised) {
      return hmac(keys.lookupKey, normalised);
    },
    lookupHashes(normalised) {
      const current = hmac(keys.lookupKey, normalised);
      return previousLookupKey ? [current, hmac(previousLookupKey, normalised)] : [current];
    },
    previousLookupHash(normalised) {
      return previousLookupKey ? hmac(previousLookupKey, normalised) : null;
    },
  };
}
