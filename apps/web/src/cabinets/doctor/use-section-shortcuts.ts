import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { DoctorSection } from './doctor-section-routes';

/** A key typed into a field is the field's: `?` there is a question mark. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * `Ctrl+<digit>` opens the section with that key (the browser's own use of the key is prevented for those
 * digits only); `?` outside a field opens the keyboard help. `event.code` keeps the digits working in any
 * keyboard layout.
 */
export function useSectionShortcuts(sections: readonly DoctorSection[], openHelp: () => void): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey) {
        const digit =
          /^Digit([1-9])$/.exec(event.code)?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : null);
        const section = digit ? sections.find((s) => s.shortcut === Number(digit)) : undefined;
        if (!section) return;
        event.preventDefault();
        navigate(`/doctor${section.path ? `/${section.path}` : ''}`);
        return;
      }
      if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
        event.preventDefault();
        openHelp();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [sections, navigate, openHelp]);
}
