import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DoctorSection } from './doctor-section-routes';

interface KeyboardHelpProps {
  sections: readonly DoctorSection[];
  isOpen: boolean;
  onClose: () => void;
}

/** «Клавиши»: the cabinet's keyboard shortcuts in a modal dialog (Escape or «Закрыть» closes it). */
export function KeyboardHelp({ sections, isOpen, onClose }: KeyboardHelpProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return (
    <dialog ref={ref} className="doctor-keys" aria-labelledby="doctor-keys-title" onClose={onClose}>
      <h2 id="doctor-keys-title">{t('practice.keys.title')}</h2>
      <table className="doctor-keys__table">
        <caption className="visually-hidden">{t('practice.keys.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('practice.keys.key')}</th>
            <th scope="col">{t('practice.keys.action')}</th>
          </tr>
        </thead>
        <tbody>
          {sections.map((section) => (
            <tr key={section.id}>
              <td>
                <kbd>Ctrl</kbd>+<kbd>{section.shortcut}</kbd>
              </td>
              <td>{t('practice.keys.open', { section: t(section.label) })}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>?</kbd>
            </td>
            <td>{t('practice.keys.help')}</td>
          </tr>
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>{t('practice.keys.close')}</td>
          </tr>
        </tbody>
      </table>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('practice.keys.closeButton')}
      </button>
    </dialog>
  );
}
