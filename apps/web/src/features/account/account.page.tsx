import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useLogout } from '../auth/use-logout';
import { useMe } from '../auth/use-me';
import '../auth/auth.css';
import './account.css';

/** `/account`: who is logged in, and where to go from here. Rendered inside `RequireLogin`. */
export function AccountPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const location = useLocation();
  const logout = useLogout();
  useDocumentTitle(t('account.title'));
  const isNewAccount = (location.state as { registered?: boolean } | null)?.registered === true;
  if (!me) return null;

  const roles = [...new Set(me.roles.map((item) => item.role))];
  return (
    <div className="page account-page">
      <PageHeading>{t('account.title')}</PageHeading>
      {isNewAccount ? (
        <div className="notice" role="status">
          <p>{t('account.registered')}</p>
        </div>
      ) : null}
      <section className="section" aria-labelledby="account-profile">
        <h2 id="account-profile">{t('account.profile')}</h2>
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>{t('account.name')}</dt>
            <dd lang="ru">{me.displayName}</dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('account.phone')}</dt>
            <dd>{me.phone ?? t('account.notGiven')}</dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('account.email')}</dt>
            <dd>{me.email ?? t('account.notGiven')}</dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('account.roles')}</dt>
            <dd>{roles.map((role) => t(`account.role.${role}`)).join(', ')}</dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('account.secondFactor')}</dt>
            <dd>
              {me.mfa.totp || me.mfa.sms
                ? [me.mfa.totp ? t('account.mfaApp') : null, me.mfa.sms ? t('account.mfaSms') : null]
                    .filter(Boolean)
                    .join(', ')
                : t('account.mfaOff')}
            </dd>
          </div>
        </dl>
      </section>
      <section className="section" aria-labelledby="account-links">
        <h2 id="account-links">{t('account.next')}</h2>
        <ul className="plain-list">
          <li>
            <Link to="/account/security">{t('account.securityLink')}</Link>
          </li>
          <li>
            <Link to="/doctors">{t('account.findDoctor')}</Link>
          </li>
        </ul>
        <p className="section">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => logout.mutate()}
            disabled={logout.isPending}
          >
            {t('auth.nav.logout')}
          </button>
        </p>
      </section>
    </div>
  );
}
