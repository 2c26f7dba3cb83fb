import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { AccountNav } from '../../features/auth/account-nav';
import { RegionSelect } from '../../features/directory/region-select';
import { NotificationBell } from '../../features/notifications/notification-bell';
import { HelpLink } from '../../features/support/help-link';
import { Brand } from './app-shell';
import { LowVisionToggle } from './low-vision-toggle';
import { RegionSlotContext } from './region-slot';

export function SiteHeader() {
  const { t } = useTranslation();
  const { isRegionInPage } = useContext(RegionSlotContext);
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Brand to="/" tagline={t('app.tagline')} />
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
            <li>
              <HelpLink className="main-nav__link" />
            </li>
          </ul>
        </nav>
        <div className="site-header__tools">
          {isRegionInPage ? null : <RegionSelect className="site-header__region" />}
          <LowVisionToggle />
          <NotificationBell />
          <AccountNav />
        </div>
      </div>
    </header>
  );
}
