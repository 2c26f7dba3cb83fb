import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { AccountNav } from '../../features/auth/account-nav';
import { AppShell, Brand } from '../patient/app-shell';
import { LowVisionToggle } from '../patient/low-vision-toggle';

/** The registry's shell: the patient cabinet's frame with the registry's own sections in the header. */
export function RegistryLayout() {
  const { t } = useTranslation();
  const header = (
    <header className="site-header">
      <div className="container site-header__inner">
        <Brand to="/registry" tagline={t('registry.name')} />
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
  );
  return <AppShell header={header} />;
}
