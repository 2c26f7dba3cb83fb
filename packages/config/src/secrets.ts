import { z } from 'zod';
import { blankAsUndefined } from './env-values';

/** Insecure fixed keys for demo and tests only; refused in production. */
const DEMO_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');
const DEMO_LOOKUP_KEY = Buffer.alloc(32, 11).toString('base64');
const DEMO_ENCRYPTION_KEY_BYTES = Buffer.from(DEMO_ENCRYPTION_KEY, 'base64');
const DEMO_AUDIT_KEY = Buffer.alloc(32, 13).toString('base64');

const key32 = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded');

/** Key ids of the field cipher's keyring (stored before each ciphertext); `v1` is the legacy prefix. */
const KEY_ID = /^[a-z0-9]{1,16}$/;
/** The single-key form TALON_ENCRYPTION_KEY (and the demo key) has this id, as legacy `v1.` values do. */
const SINGLE_KEY_ID = 'k1';

/** `TALON_ENCRYPTION_KEYS=k1:<base64>,k2:<base64>`; issues name key ids, never key material. */
const ZKeyring = z.string().transform((text, ctx) => {
  const keys = new Map<string, Buffer>();
  for (const entry of text.split(',').map((part) => part.trim())) {
    const colon = entry.indexOf(':');
    const id = entry.slice(0, Math.max(colon, 0));
    if (colon < 0 || !KEY_ID.test(id) || id === 'v1') {
      ctx.addIssue({
        code: 'custom',
        message: 'each entry must be keyId:base64key, the key id 1–16 characters a-z 0-9 (not "v1")',
      });
      continue;
    }
    if (keys.has(id)) ctx.addIssue({ code: 'custom', message: `key id "${id}" is listed twice` });
    const key = Buffer.from(entry.slice(colon + 1), 'base64');
    if (key.length !== 32) {
      ctx.addIssue({ code: 'custom', message: `key "${id}" must be 32 bytes, base64-encoded` });
    }
    keys.set(id, key);
  }
  return keys;
});

/** The variables of the keys, validated with the rest of the environment (`.env.example` documents them). */
export const secretVariables = {
  TALON_ENCRYPTION_KEY: z.preprocess(blankAsUndefined, key32.optional()),
  TALON_ENCRYPTION_KEYS: z.preprocess(blankAsUndefined, ZKeyring.optional()),
  TALON_ENCRYPTION_KEY_ID: z.preprocess(
    blankAsUndefined,
    z.string().regex(KEY_ID, 'must be 1–16 characters a-z, 0-9').optional(),
  ),
  TALON_LOOKUP_KEY: z.preprocess(blankAsUndefined, key32.optional()),
  /** The look-up key being replaced, while `npm run keys:rotate` re-hashes (README «Audit and keys»). */
  TALON_LOOKUP_KEY_PREVIOUS: z.preprocess(blankAsUndefined, key32.optional()),
  /** The key of the audit chain and its checkpoints; the database never holds it (issue 15 item 7). */
  TALON_AUDIT_KEY: z.preprocess(blankAsUndefined, key32.optional()),
};

type SecretEnv = {
  NODE_ENV: 'development' | 'production' | 'test';
  TALON_DEMO: boolean;
  TALON_ENCRYPTION_KEY?: string;
  TALON_ENCRYPTION_KEYS?: Map<string, Buffer>;
  TALON_ENCRYPTION_KEY_ID?: string;
  TALON_LOOKUP_KEY?: string;
  TALON_LOOKUP_KEY_PREVIOUS?: string;
  TALON_AUDIT_KEY?: string;
};

type Keyring = { encryptionKeys: ReadonlyMap<string, Buffer>; currentKeyId: string };

/**
 * The encryption keyring from TALON_ENCRYPTION_KEYS and/or the single TALON_ENCRYPTION_KEY (id `k1`), and the
 * id of the key for new values; the demo key `k1` when neither is set (refused in production).
 */
function resolveKeyring(e: SecretEnv): Keyring | { path: string; message: string } {
  const keys = new Map(e.TALON_ENCRYPTION_KEYS ?? []);
  const single = Buffer.from(e.TALON_ENCRYPTION_KEY ?? (keys.size ? '' : DEMO_ENCRYPTION_KEY), 'base64');
  if (single.length) {
    const listed = keys.get(SINGLE_KEY_ID);
    if (listed && !listed.equals(single)) {
      return {
        path: 'TALON_ENCRYPTION_KEY',
        message: `differs from key "${SINGLE_KEY_ID}" of TALON_ENCRYPTION_KEYS`,
      };
    }
    keys.set(SINGLE_KEY_ID, single);
  }
  const currentKeyId = e.TALON_ENCRYPTION_KEY_ID ?? (keys.size === 1 ? [...keys.keys()][0] : undefined);
  if (!currentKeyId) {
    return { path: 'TALON_ENCRYPTION_KEY_ID', message: 'required when there are several encryption keys' };
  }
  if (!keys.has(currentKeyId)) {
    return { path: 'TALON_ENCRYPTION_KEY_ID', message: `names no configured key ("${currentKeyId}")` };
  }
  return { encryptionKeys: keys, currentKeyId };
}

/** The problems of the keys, as `[variable, message]`: missing in production, an inconsistent keyring. */
export function secretIssues(e: SecretEnv): [string, string][] {
  const issues: [string, string][] = [];
  if (e.NODE_ENV === 'production') {
    if (!e.TALON_ENCRYPTION_KEY && !e.TALON_ENCRYPTION_KEYS?.size) {
      issues.push(['TALON_ENCRYPTION_KEY', 'required in production']);
    }
    for (const key of ['TALON_LOOKUP_KEY', 'TALON_AUDIT_KEY'] as const) {
      if (!e[key]) issues.push([key, 'required in production']);
    }
  }
  if (e.TALON_LOOKUP_KEY_PREVIOUS && e.TALON_LOOKUP_KEY_PREVIOUS === e.TALON_LOOKUP_KEY) {
    issues.push(['TALON_LOOKUP_KEY_PREVIOUS', 'is the same key as TALON_LOOKUP_KEY']);
  }
  const keyring = resolveKeyring(e);
  if ('message' in keyring) issues.push([keyring.path, keyring.message]);
  return issues;
}

export interface Secrets {
  /** Field-cipher keys: the keyring by key id and the id new values are encrypted with. */
  encryptionKeys: ReadonlyMap<string, Buffer>;
  currentKeyId: string;
  /** The look-up HMAC key (blind indexes of SNILS and OMS), and the one being replaced while re-hashing. */
  lookupKey: Buffer;
  previousLookupKey: Buffer | null;
  /**
   * The audit chain's key (HMAC of links and checkpoints). The demo key in demo mode and tests; outside
   * them null unless TALON_AUDIT_KEY is set — the processes that chain or verify refuse to start without it
   * (`requireAuditKey`), and production refuses to load without it at all.
   */
  auditKey: Buffer | null;
  /** Either key is the built-in demo key (allowed only for the demo on PGlite, `startup-safety.ts`). */
  usesDemoKeys: boolean;
}

/** The keys of a valid environment (`secretIssues` found nothing). */
export function secretsOf(e: SecretEnv): Secrets {
  const keyring = resolveKeyring(e) as Keyring;
  const isThrowaway = e.TALON_DEMO || e.NODE_ENV === 'test';
  const auditKey = e.TALON_AUDIT_KEY ?? (isThrowaway ? DEMO_AUDIT_KEY : undefined);
  return Object.freeze({
    encryptionKeys: keyring.encryptionKeys,
    currentKeyId: keyring.currentKeyId,
    lookupKey: Buffer.from(e.TALON_LOOKUP_KEY ?? DEMO_LOOKUP_KEY, 'base64'),
    previousLookupKey: e.TALON_LOOKUP_KEY_PREVIOUS
      ? Buffer.from(e.TALON_LOOKUP_KEY_PREVIOUS, 'base64')
      : null,
    auditKey: auditKey ? Buffer.from(auditKey, 'base64') : null,
    usesDemoKeys:
      !e.TALON_LOOKUP_KEY ||
      [...keyring.encryptionKeys.values()].some((key) => key.equals(DEMO_ENCRYPTION_KEY_BYTES)),
  });
}
