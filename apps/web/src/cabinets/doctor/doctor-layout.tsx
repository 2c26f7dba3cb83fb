import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountNav } from '../../features/auth/account-nav';
import { HelpLink } from '../../features/support/help-link';
import { usePrescriptionEvents } from '../../features/visit-record/use-prescription-events';
import { AppShell, Brand } from '../patient/app-shell';
import { LowVisionToggle } from '../patient/low-vision-toggle';
import { DOCTOR_SECTIONS } from './doctor-section-routes';
import { KeyboardHelp } from './keyboard-help';
import { useSectionShortcuts } from './use-section-shortcuts';
import './doctor.css';

/**
 * The medical worker's cabinet's shell (issue 12 item 1): the header with the «Клавиши» button, the section
 * keys (`Ctrl+<digit>`, `?` for the help) and the help dialog; the frame inside is `DoctorFrame`. Prescription
 * lists on any of its pages update live (`usePrescriptionEvents`).
 */
export function DoctorLayout() {
  const { t } = useTranslation();
  const [isHelpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useSectionShortcuts(DOCTOR_SECTIONS, openHelp);
  // One account stream for the cabinet: the visit page's and the card's prescriptions follow their moves.
  usePrescriptionEvents();
  const header = (
    <header className="site-header">
      <div className="container site-header__inner">
        <Brand to="/doctor" tagline={t('practice.name')} />
        <div className="site-header__tools">
          <button type="button" className="button button--secondary doctor-keys-button" onClick={openHelp}>
            {t('practice.keys.button')}
          </button>
          <HelpLink className="button button--secondary" />
          <LowVisionToggle />
          <AccountNav />
        </div>
      </div>
    </header>
  );
  return (
    <>
      <AppShell header={header} />
      <KeyboardHelp sections={DOCTOR_SECTIONS} isOpen={isHelpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
