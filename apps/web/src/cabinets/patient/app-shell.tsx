import { type MouseEvent, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import { OfflineNotice } from '../../features/offline';
import { LiveStatus } from '../../shared/ui/live-status';
import { SiteFooter } from './site-footer';
import './patient-layout.css';

const MAIN_ID = 'main';

/**
 * The page frame every cabinet shares: skip link, the cabinet's header, <main id="main"> with the lazily
 * loaded page, footer.
 */
export function AppShell({ header }: { header: ReactNode }) {
  const { t } = useTranslation();
  // The router would treat `#main` as a navigation; move the focus ourselves and keep the URL clean.
  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  };

  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('layout.skipLink')}
      </a>
      {header}
      <main id={MAIN_ID} className="site-main container" tabIndex={-1}>
        <OfflineNotice />
        <Suspense fallback={<LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}

/** The product mark and name, linking to the cabinet's start page, with the cabinet's tagline. */
export function Brand({ to, tagline }: { to: string; tagline: string }) {
  const { t } = useTranslation();
  return (
    <Link to={to} className="brand">
      <span className="brand__mark" aria-hidden="true">
        <svg viewBox="0 0 32 32" width="36" height="36" focusable="false" aria-hidden="true">
          <rect width="32" height="32" rx="6" fill="currentColor" />
          <path d="M9 9h14v3.2h-5.4V24h-3.2V12.2H9z" fill="#fff" />
        </svg>
      </span>
      <span className="brand__text">
        <span className="brand__name">{t('app.name')}</span>
        <span className="brand__tagline">{tagline}</span>
      </span>
    </Link>
  );
}
