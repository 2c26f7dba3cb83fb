import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useLogout } from './use-logout';
import { useMe } from './use-me';
import './account-nav.css';

/** Roles that open the registry cabinet (`/registry`): a system admin decides links of wards with no clinic. */
const REGISTRY_ROLES: readonly string[] = ['registrar', 'call_centre', 'clinic_admin', 'system_admin'];
/** Roles that work at the desk (`/registry`, the patient search); a system admin only decides links. */
const DESK_ROLES: readonly string[] = ['registrar', 'call_centre', 'clinic_admin'];
/** Roles that work the support desk (`/support`); a clinic admin sees their clinics' tickets there. */
const SUPPORT_ROLES: readonly string[] = ['support', 'system_admin', 'clinic_admin'];

/**
 * The header's account entry: «Войти» for a visitor; for a logged-in user a button with their name that
 * discloses «Личный кабинет» and «Выйти» (a disclosure, not an ARIA menu: plain links and a button that
 * Tab reaches, closed with Escape or by clicking elsewhere).
 */
export function AccountNav() {
  const { t } = useTranslation();
  const { me } = useMe();
  const { pathname } = useLocation();
  const logout = useLogout();
  const [isOpen, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // Close after navigating anywhere (following one of its links included).
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!isOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [isOpen]);

  // Unknown yet (first answer of /me on its way) or failed: show nothing rather than a wrong «Войти».
  if (me === undefined) return null;
  if (me === null) {
    return (
      <Link to="/login" className="button button--secondary account-nav__login">
        {t('auth.nav.login')}
      </Link>
    );
  }
  const isDeskStaff = me.roles.some((item) => DESK_ROLES.includes(item.role));

  const isRegistryStaff = me.roles.some((item) => REGISTRY_ROLES.includes(item.role));
  const isSupportStaff = me.roles.some((item) => SUPPORT_ROLES.includes(item.role));
  return (
    <div ref={rootRef} className="account-nav">
      <button
        ref={buttonRef}
        type="button"
        className="button button--secondary account-nav__toggle"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen((open) => !open)}
      >
        <span className="visually-hidden">{t('auth.nav.accountOf')} </span>
        <span className="account-nav__name">{me.displayName}</span>
        <span className="account-nav__chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      <ul id={panelId} className="account-nav__panel" hidden={!isOpen}>
        {me.patientId ? (
          <li>
            <Link to="/appointments" className="account-nav__item">
              {t('booking.myAppointments')}
            </Link>
          </li>
        ) : null}
        {me.patientId ? (
          <li>
            <Link to="/card" className="account-nav__item">
              {t('card.title')}
            </Link>
          </li>
        ) : null}
        {me.patientId ? (
          <li>
            <Link to="/documents" className="account-nav__item">
              {t('documents.title')}
            </Link>
          </li>
        ) : null}
        {me.patientId ? (
          <li>
            <Link to="/appointments/history" className="account-nav__item">
              {t('history.title')}
            </Link>
          </li>
        ) : null}
        {me.patientId ? (
          <li>
            <Link to="/waitlist" className="account-nav__item">
              {t('waitlist.title')}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to="/account" className="account-nav__item">
            {t('auth.nav.account')}
          </Link>
        </li>
        <li>
          <Link to="/account/security" className="account-nav__item">
            {t('auth.nav.security')}
          </Link>
        </li>
        {isRegistryStaff ? (
          <li>
            <Link to={isDeskStaff ? '/registry' : '/registry/links'} className="account-nav__item">
              {t('auth.nav.registry')}
            </Link>
          </li>
        ) : null}
        {isSupportStaff ? (
          <li>
            <Link to="/support" className="account-nav__item">
              {t('support.desk.title')}
            </Link>
          </li>
        ) : null}
        <li>
          <button
            type="button"
            className="account-nav__item account-nav__logout"
            onClick={() => logout.mutate()}
            disabled={logout.isPending}
          >
            {t('auth.nav.logout')}
          </button>
        </li>
      </ul>
    </div>
  );
}
