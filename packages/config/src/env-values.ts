// The values of Talon's environment variables that take parsing of their own (keys, limits, proxies, URLs).
import { isIP } from 'node:net';
import { z } from 'zod';

/** Insecure fixed keys for demo and tests only; refused in production. */
export const DEMO_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');
export const DEMO_LOOKUP_KEY = Buffer.alloc(32, 11).toString('base64');
export const DEMO_ENCRYPTION_KEY_BYTES = Buffer.from(DEMO_ENCRYPTION_KEY, 'base64');

export const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .default('0')
  .transform((value) => value === '1' || value === 'true');

export const key32 = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded');

/** Key ids of the field cipher's keyring (stored before each ciphertext); `v1` is the legacy prefix. */
export const KEY_ID = /^[a-z0-9]{1,16}$/;
/** The single-key form TALON_ENCRYPTION_KEY (and the demo key) has this id, as legacy `v1.` values do. */
export const SINGLE_KEY_ID = 'k1';
export const blankAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/** `TALON_ENCRYPTION_KEYS=k1:<base64>,k2:<base64>`; issues name key ids, never key material. */
export const ZKeyring = z.string().transform((text, ctx) => {
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

/** `77:dentist=2, *:gynecologist=2, 39:*=1`: region:specialty=limit, `*` for any; see BOOKING_SPECIALTY_LIMITS. */
export const ZSpecialtyLimits = z.string().transform((text, ctx) => {
  const rules: { region: string; specialty: string; limit: number }[] = [];
  for (const entry of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^(\*|\d{2}):(\*|[a-z][a-z0-9_-]*)=(\d{1,2})$/.exec(entry);
    const limit = Number(match?.[3]);
    if (!match || limit < 1 || limit > 10) {
      ctx.addIssue({
        code: 'custom',
        message: `"${entry}" must be region:specialty=limit (limit 1–10, * for any)`,
      });
      continue;
    }
    rules.push({ region: match[1]!, specialty: match[2]!, limit });
  }
  return rules;
});

/** An IPv4 or IPv6 address, optionally with a CIDR prefix, or one of proxy-addr's named ranges. */
export const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
export function isProxyAddress(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * `TRUST_PROXY`: how many reverse proxies stand in front of Talon (`1` for the documented deployment), or
 * the proxies' addresses and CIDR ranges, comma-separated. Empty or `0`: none, the socket's address is the
 * client's. "Trust every proxy" (`true`) is refused: any client could then choose its own address with
 * `X-Forwarded-For`, and the per-address limits would count nothing.
 */
export const ZTrustProxy = z.string().transform((text, ctx): false | number | string[] => {
  const value = text.trim();
  if (value === '' || value === '0' || value === 'false') return false;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const entries = value.split(',').map((part) => part.trim());
  const invalid = entries.filter((entry) => !isProxyAddress(entry));
  if (invalid.length) {
    ctx.addIssue({
      code: 'custom',
      message:
        value === 'true' || value === '*'
          ? 'trusting every proxy is refused: give the number of proxies in front of Talon (1 for one reverse proxy) or their addresses/CIDRs'
          : `must be a hop count or comma-separated proxy addresses/CIDRs (not: ${invalid.join(', ')})`,
    });
  }
  return entries;
});

/** A PostgreSQL URL whose server is this machine (a loopback host or a Unix socket). */
export function isLocalDatabaseUrl(url: string): boolean {
  // Read by hand: `new URL` refuses the socket form `postgresql://user@/db?host=/run/postgresql`.
  const match =
    /^postgres(?:ql)?:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^/?#:]*)(?::\d*)?(?:\/[^?#]*)?(\?[^#]*)?/.exec(url);
  if (!match) return false;
  const socketHost = new URLSearchParams(match[2] ?? '').get('host');
  if (socketHost) return socketHost.startsWith('/');
  const host = decodeURIComponent(match[1] ?? '').replace(/^\[|\]$/g, '');
  return host === '' || host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export type Keyring = { encryptionKeys: ReadonlyMap<string, Buffer>; currentKeyId: string };

/**
 * The encryption keyring from TALON_ENCRYPTION_KEYS and/or the single TALON_ENCRYPTION_KEY (id `k1`), and the
 * id of the key for new values; the demo key `k1` when neither is set (refused in production).
 */
export function resolveKeyring(e: {
  TALON_ENCRYPTION_KEY?: string;
  TALON_ENCRYPTION_KEYS?: Map<string, Buffer>;
  TALON_ENCRYPTION_KEY_ID?: string;
}): Keyring | { path: string; message: string } {
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
