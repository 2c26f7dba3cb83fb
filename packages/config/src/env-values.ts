// The values of Talon's environment variables that take parsing of their own (flags, limits, proxies, URLs);
// the keys' are in secrets.ts.
import { isIP } from 'node:net';
import { z } from 'zod';

export const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .default('0')
  .transform((value) => value === '1' || value === 'true');

export const blankAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/** An optional whole number from `min` to `max`; blank is unset. */
export const optionalInt = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.preprocess(blankAsUndefined, z.coerce.number().int().min(min).max(max).optional());

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
export const ZTrustProxy = z.string().transform((text, ctx): false | number | readonly string[] => {
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
  return Object.freeze(entries);
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
