import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { AccountNav } from '../../features/auth/account-nav';
import { AppShell, Brand } from '../patient/app-shell';
import { LowVisionToggle } from '../patient/low-vision-toggle';

/** The system administrator's shell: the common frame with the admin sections in the header. */
export function AdminLayout() {
  const { t } = useTranslation();
  const header = (
    <header className="site-header">
      <div className="container site-header__inner">
        <Brand to="/admin" tagline={t('admin.name')} />
        <nav className="main-nav" aria-label={t('admin.nav')}>
          <ul className="main-nav__list">
            <li>
              <NavLink to="/admin/notifications" className="main-nav__link">
                {t('adminNotifications.nav')}
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
  );
  return <AppShell header={header} />;
}
