import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import ru from './locales/ru.json';
import { type MessageTree, splitMessages } from './message-split';

const leaves = (tree: MessageTree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );

/** The components bundled with the entry: they render before any lazily loaded messages can arrive. */
const SHELL_FILES = [
  'cabinets/patient/app-shell.tsx',
  'cabinets/patient/site-header.tsx',
  'cabinets/patient/site-footer.tsx',
  'cabinets/patient/language-switch.tsx',
  'cabinets/patient/low-vision-toggle.tsx',
  'cabinets/patient/route-error.tsx',
  'cabinets/patient/not-found.page.tsx',
  'cabinets/patient/home.page.tsx',
  'features/auth/account-nav.tsx',
  'features/support/help-link.tsx',
  'features/notifications/notification-bell.tsx',
  'features/offline/offline-notice.tsx',
  'features/search/search-combobox.tsx',
  'features/directory/region-select.tsx',
];
const SOURCE = fileURLToPath(new URL('../../', import.meta.url));

describe('splitting the Russian messages for the first page', () => {
  const { shell, rest } = splitMessages(ru as MessageTree);

  it('loses nothing and repeats nothing', () => {
    const all = leaves(ru as MessageTree).sort();
    expect([...leaves(shell), ...leaves(rest)].sort()).toEqual(all);
    expect(leaves(shell).filter((key) => leaves(rest).includes(key))).toEqual([]);
  });

  it('keeps a section’s plural forms and sub-sections together', () => {
    const parts = splitMessages(
      { a: { n_one: '1', n_few: '2', nested: { x: 'x' }, other: 'o' }, b: { c: 'c' } },
      ['b'],
      ['a.n', 'a.nested'],
    );
    expect(parts.shell).toEqual({ a: { n_one: '1', n_few: '2', nested: { x: 'x' } }, b: { c: 'c' } });
    expect(parts.rest).toEqual({ a: { other: 'o' } });
  });

  it('has every message the shell’s components use (they cannot wait for the rest)', () => {
    const shellKeys = new Set(leaves(shell).map((key) => key.replace(/_(one|few|many|other)$/, '')));
    for (const file of SHELL_FILES) {
      const text = readFileSync(`${SOURCE}${file}`, 'utf8');
      for (const [, key] of text.matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)) {
        expect(shellKeys.has(key!), `${file}: ${key}`).toBe(true);
      }
      // A key built at run time must name a whole shell section.
      for (const [, section] of text.matchAll(/\bt\(`([a-zA-Z]+)\./g)) {
        expect(
          leaves(shell).some((key) => key.startsWith(`${section}.`)),
          `${file}: ${section}`,
        ).toBe(true);
      }
    }
  });
});
