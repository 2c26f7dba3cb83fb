import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { AccountNav } from '../../features/auth/account-nav';
import { RegionSelect } from '../../features/directory/region-select';
import { LowVisionToggle } from './low-vision-toggle';
import { RegionSlotContext } from './region-slot';

export function SiteHeader() {
  const { t } = useTranslation();
  const { isRegionInPage } = useContext(RegionSlotContext);
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            <svg viewBox="0 0 32 32" width="36" height="36" focusable="false" aria-hidden="true">
              <rect width="32" height="32" rx="6" fill="currentColor" />
              <path d="M9 9h14v3.2h-5.4V24h-3.2V12.2H9z" fill="#fff" />
            </svg>
          </span>
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <nav className="main-nav" aria-label={t('layout.mainNav')}>
          <ul className="main-nav__list">
            <li>
              <NavLink to="/clinics" className="main-nav__link">
                {t('layout.nav.clinics')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/doctors" className="main-nav__link">
                {t('layout.nav.doctors')}
              </NavLink>
            </li>
          </ul>
        </nav>
        <div className="site-header__tools">
          {isRegionInPage ? null : <RegionSelect className="site-header__region" />}
          <LowVisionToggle />
          <AccountNav />
        </div>
      </div>
    </header>
  );
}
