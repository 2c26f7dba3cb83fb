/** A locale file: nested sections of messages. */
export type MessageTree = { [key: string]: string | MessageTree };

/**
 * What the first page needs, bundled with the app's entry: the frame around every page (header, footer,
 * errors), the home page and its search, and the few cabinet messages the header names. Everything else
 * (sign-in, the cabinets, booking) is a separate file loaded with the first page that needs it, keeping
 * the home page's JavaScript small (issue 6, item 9).
 */
export const SHELL_SECTIONS: readonly string[] = [
  'app',
  'layout',
  'region',
  'common',
  'errors',
  'notFound',
  'home',
  'search',
  'offline',
  'notifications',
  'admin',
];

/** Single messages (or sub-sections) of cabinet sections that the shell's header shows. */
export const SHELL_KEYS: readonly string[] = [
  'auth.nav',
  'booking.myAppointments',
  'card.title',
  'documents.title',
  'history.title',
  'waitlist.title',
  'adminNotifications.nav',
  'status.footerLink',
  'status.admin.nav',
  'support.help.link',
  'support.desk.title',
];

/** `booking.freeCount` covers `booking.freeCount_one`, `_few`… (i18next's plural forms). */
const covers = (key: string, path: string) =>
  path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}_`);

function pick(tree: MessageTree, keep: (path: string) => boolean, prefix = ''): MessageTree | null {
  const out: MessageTree = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    const part = typeof value === 'string' ? (keep(path) ? value : null) : pick(value, keep, `${path}.`);
    if (part !== null) out[key] = part;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** Splits a locale into the shell's messages and the rest; together they are the whole locale again. */
export function splitMessages(
  tree: MessageTree,
  sections: readonly string[] = SHELL_SECTIONS,
  keys: readonly string[] = SHELL_KEYS,
): { shell: MessageTree; rest: MessageTree } {
  const isShell = (path: string) =>
    sections.some((section) => covers(section, path)) || keys.some((key) => covers(key, path));
  return {
    shell: pick(tree, isShell) ?? {},
    rest: pick(tree, (path) => !isShell(path)) ?? {},
  };
}
