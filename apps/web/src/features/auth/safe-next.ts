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

/** `/login?next=…` for a page that needs a logged-in user. */
export const loginPathFor = (path: string): string => `/login?next=${encodeURIComponent(path)}`;
