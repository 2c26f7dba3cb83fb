import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { DOCTOR_SECTIONS, type DoctorSection, sectionOfPath } from './doctor-section-routes';
import { SECTION_BADGES } from './section-badges';

/**
 * The cabinet's frame (issue 12 item 1): the sections in a side navigation with their keys and badges, the
 * active one marked (the card belongs to «Карты пациентов»), the section's tabs above its page.
 */
export function DoctorFrame() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const active = sectionOfPath(pathname);
  return (
    <div className="doctor-frame">
      <nav className="doctor-nav" aria-label={t('practice.nav')}>
        <ul>
          {DOCTOR_SECTIONS.map((section) => (
            <SectionLink key={section.id} section={section} isActive={section === active} />
          ))}
        </ul>
      </nav>
      <div className="doctor-main">
        {active?.tabs ? (
          <nav className="link-tabs" aria-label={t('practice.tabs', { section: t(active.label) })}>
            <ul>
              {active.tabs.map((tab) => (
                <li key={tab.path}>
                  <NavLink to={`/doctor/${tab.path}`} end className="link-tabs__link">
                    {t(tab.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <Outlet />
      </div>
    </div>
  );
}

function SectionLink({ section, isActive }: { section: DoctorSection; isActive: boolean }) {
  const { t } = useTranslation();
  // One section's badge hook is the same on every render: the rules of hooks hold.
  const useBadge = section.badge ? SECTION_BADGES[section.badge] : undefined;
  const badge = useBadge?.() ?? null;
  return (
    <li>
      <NavLink
        to={`/doctor${section.path ? `/${section.path}` : ''}`}
        className={`doctor-nav__link${isActive ? ' doctor-nav__link--active' : ''}`}
        aria-current={isActive ? 'page' : undefined}
        aria-keyshortcuts={`Control+${section.shortcut}`}
        // The badge's number alone says nothing to a screen reader: the name says what waits («…, 3 пациента ждут приёма»).
        aria-label={badge ? `${t(section.label)}, ${t(badge.label, { count: badge.count })}` : undefined}
      >
        <span className="doctor-nav__label">{t(section.label)}</span>
        {badge ? (
          <span className="doctor-badge" aria-hidden="true">
            {badge.count}
          </span>
        ) : null}
        <span className="doctor-nav__key" aria-hidden="true">
          Ctrl+{section.shortcut}
        </span>
      </NavLink>
    </li>
  );
}
