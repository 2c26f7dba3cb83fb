import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { TMe } from '../auth/auth.types';

type SectionKey = 'profile' | 'security' | 'notifications' | 'family' | 'consents' | 'data' | 'requests';

const SECTIONS: readonly { key: SectionKey; to: string; isPatientOnly: boolean }[] = [
  { key: 'profile', to: '/account', isPatientOnly: false },
  { key: 'security', to: '/account/security', isPatientOnly: false },
  { key: 'notifications', to: '/account/notifications', isPatientOnly: false },
  { key: 'family', to: '/account/family', isPatientOnly: true },
  { key: 'consents', to: '/account/consents', isPatientOnly: true },
  { key: 'data', to: '/account/data', isPatientOnly: true },
  { key: 'requests', to: '/account/requests', isPatientOnly: true },
];

/**
 * The sections of the account, the current one marked with `aria-current="page"` (NavLink does it). Family,
 * consents and "my data" belong to a patient's card: a staff-only account does not see them.
 */
export function AccountSubnav({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const isPatient = me.roles.some((item) => item.role === 'patient');
  return (
    <nav className="account-subnav" aria-label={t('account.nav.label')}>
      <ul className="account-subnav__list">
        {SECTIONS.filter((section) => isPatient || !section.isPatientOnly).map((section) => (
          <li key={section.key}>
            <NavLink to={section.to} end className="account-subnav__link">
              {t(`account.nav.${section.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
