/** Where to go after logging in by default. */
export const AFTER_LOGIN_PATH = '/account';

/**
 * The `?next=` address to return to after logging in, when it is a path of this site. Anything else
 * (`https://evil.example`, `//evil.example`, `/\evil.example`) falls back to the account: an open
 * redirect on a login page is a phishing tool.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return AFTER_LOGIN_PATH;
  if (next.startsWith('/login') || next.startsWith('/register') || next.startsWith('/recover'))
    return AFTER_LOGIN_PATH;
  return next;
}

/** Staff who work with patients start in their cabinet (issue 12 item 1); everyone else in their account. */
const CABINET_BY_ROLE: readonly (readonly [string, string])[] = [
  ['doctor', '/doctor'],
  ['nurse', '/doctor'],
];

/** Where a login without `?next=` lands: the cabinet of the first role that has one, else the account. */
export function homePathFor(roles: readonly { role: string }[]): string {
  return (
    CABINET_BY_ROLE.find(([role]) => roles.some((grant) => grant.role === role))?.[1] ?? AFTER_LOGIN_PATH
  );
}

/** `/login?next=…` for a page that needs a logged-in user. */
export const loginPathFor = (path: string): string => `/login?next=${encodeURIComponent(path)}`;
