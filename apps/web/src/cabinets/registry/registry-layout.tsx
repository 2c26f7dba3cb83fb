import { type MouseEvent, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router';
import { AccountNav } from '../../features/auth/account-nav';
import { LiveStatus } from '../../shared/ui/live-status';
import { LowVisionToggle } from '../patient/low-vision-toggle';
import { SiteFooter } from '../patient/site-footer';
import '../patient/patient-layout.css';

const MAIN_ID = 'main';

/**
 * The registry's shell: the same skip link, brand, low-vision switch, account entry and footer as the
 * patient cabinet, with the registry's own sections instead of the public navigation.
 */
export function RegistryLayout() {
  const { t } = useTranslation();
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
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/registry" className="brand">
            <span className="brand__mark" aria-hidden="true">
              <svg viewBox="0 0 32 32" width="36" height="36" focusable="false" aria-hidden="true">
                <rect width="32" height="32" rx="6" fill="currentColor" />
                <path d="M9 9h14v3.2h-5.4V24h-3.2V12.2H9z" fill="#fff" />
              </svg>
            </span>
            <span className="brand__text">
              <span className="brand__name">{t('app.name')}</span>
              <span className="brand__tagline">{t('registry.name')}</span>
            </span>
          </Link>
          <nav className="main-nav" aria-label={t('registry.nav')}>
            <ul className="main-nav__list">
              <li>
                <NavLink to="/registry/links" className="main-nav__link">
                  {t('registry.links.nav')}
                </NavLink>
              </li>
            </ul>
          </nav>
          <div className="site-header__tools">
            <LowVisionToggle />
            <AccountNav />
          </div>
        </div>
      </header>
      <main id={MAIN_ID} className="site-main container" tabIndex={-1}>
        <Suspense fallback={<LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}
