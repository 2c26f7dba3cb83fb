import { NavLink } from 'react-router';
import { AccountNav } from '../features/auth/account-nav';
import { HelpLink } from '../features/support/help-link';
import { AppShell, Brand } from './patient/app-shell';
import { LowVisionToggle } from './patient/low-vision-toggle';

interface StaffLayoutProps {
  /** The cabinet's home and the line under the brand («Регистратура», «Администрирование»). */
  home: string;
  tagline: string;
  navLabel: string;
  /** `end`: active on that path only, not on the paths under it (a cabinet's home among its sections). */
  links: readonly { to: string; label: string; end?: boolean }[];
}

/** A staff cabinet's shell: the patient cabinet's frame with the cabinet's own sections in the header. */
export function StaffLayout({ home, tagline, navLabel, links }: StaffLayoutProps) {
  const header = (
    <header className="site-header">
      <div className="container site-header__inner">
        <Brand to={home} tagline={tagline} />
        <nav className="main-nav" aria-label={navLabel}>
          <ul className="main-nav__list">
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end ?? false} className="main-nav__link">
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="site-header__tools">
          <HelpLink className="button button--secondary" />
          <LowVisionToggle />
          <AccountNav />
        </div>
      </div>
    </header>
  );
  return <AppShell header={header} />;
}
