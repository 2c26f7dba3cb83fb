import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The desk's single-key shortcuts, by the key's place on the keyboard (`KeyboardEvent.code`), so they work
 * in the Russian and the Latin layout alike: «З» is the key of Latin P, «П» the key of Latin G.
 */
export const DESK_SHORTCUTS = {
  search: { code: 'Slash', key: '/' },
  book: { code: 'KeyP', key: 'З' },
  print: { code: 'KeyG', key: 'П' },
} as const;

export type DeskShortcut = keyof typeof DESK_SHORTCUTS;

/** Is the key being typed into a field (where it is text, not a command)? */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Runs `action` on the shortcut's key, unless a field has the focus or a modifier is held. */
export function useShortcut(shortcut: DeskShortcut, action: (() => void) | null) {
  const latest = useRef(action);
  latest.current = action;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return;
      if (event.code !== DESK_SHORTCUTS[shortcut].code || !latest.current) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [shortcut]);
}

const PAGE_SHORTCUTS: Record<'search' | 'patient', readonly DeskShortcut[]> = {
  search: ['search'],
  patient: ['search', 'book', 'print'],
};

/** The shortcuts of a desk page on screen, so nobody has to remember them. */
export function DeskShortcuts({ page }: { page: keyof typeof PAGE_SHORTCUTS }) {
  const { t } = useTranslation();
  return (
    <ul className="registry-desk__shortcuts" aria-label={t('registry.desk.shortcuts')}>
      {PAGE_SHORTCUTS[page].map((name) => (
        <li key={name}>
          <kbd>{DESK_SHORTCUTS[name].key}</kbd> {t(`registry.desk.shortcut.${name}`)}
        </li>
      ))}
      <li>
        <kbd>Enter</kbd> {t('registry.desk.shortcut.enter')}
      </li>
    </ul>
  );
}
