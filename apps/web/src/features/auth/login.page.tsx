import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { acceptLogin } from './auth.api';
import type { TLoginResponse, TMfaMethod } from './auth.types';
import { LoginForm } from './login-form';
import { MfaStep } from './mfa-step';
import { safeNextPath } from './safe-next';
import './auth.css';

/** Where a staff member without a second factor sets one up; the page explains why. */
export const MFA_SETUP_PATH = '/account/security?mfa=required';

/** `/login`: login and password, then the second factor when the account has one. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [mfaMethods, setMfaMethods] = useState<readonly TMfaMethod[] | null>(null);
  useDocumentTitle(mfaMethods ? t('auth.mfa.title') : t('auth.login.title'));
  const next = safeNextPath(params.get('next'));
  const notice = (location.state as { notice?: 'loggedOut' | 'passwordReset' } | null)?.notice;

  const loggedIn = (response: TLoginResponse) => {
    acceptLogin(queryClient, response);
    if (response.status === 'mfa_required') {
      setMfaMethods(response.mfaMethods);
      return;
    }
    navigate(response.status === 'mfa_setup_required' ? MFA_SETUP_PATH : next, { replace: true });
  };

  return (
    <div className="page auth-page">
      <PageHeading>{t('auth.login.title')}</PageHeading>
      {notice ? (
        <div className="notice" role="status">
          <p>{t(`auth.login.notice.${notice}`)}</p>
        </div>
      ) : null}
      {mfaMethods ? (
        <MfaStep methods={mfaMethods} onLoggedIn={loggedIn} />
      ) : (
        <>
          <LoginForm onLoggedIn={loggedIn} />
          <ul className="auth-links">
            <li>
              <Link to="/recover">{t('auth.login.forgot')}</Link>
            </li>
            <li>
              {t('auth.login.noAccount')} <Link to="/register">{t('auth.login.register')}</Link>
            </li>
          </ul>
        </>
      )}
    </div>
  );
}
