import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { acceptLogin, authApi, authQueries, externalLoginUrl } from './auth.api';
import type { TLoginResponse, TMfaMethod } from './auth.types';
import { LoginForm } from './login-form';
import { MfaStep } from './mfa-step';
import { homePathFor, safeNextPath } from './safe-next';
import './auth.css';

/** Where a staff member without a second factor sets one up; the page explains why. */
export const MFA_SETUP_PATH = '/account/security?mfa=required';

/**
 * Refusals of a login through the identity provider, which sends the browser back to `/login?error=<CODE>`;
 * any other code reads as a failed login.
 */
const EXTERNAL_ERRORS = [
  'EXTERNAL_IDENTITY_UNCONFIRMED',
  'EXTERNAL_IDENTITY_NO_SNILS',
  'EXTERNAL_ACCOUNT_NOT_FOUND',
  'ACCOUNT_BLOCKED',
  'EXTERNAL_PROVIDER_UNAVAILABLE',
  'EXTERNAL_LOGIN_CANCELLED',
  'EXTERNAL_LOGIN_EXPIRED',
  'EXTERNAL_LOGIN_FAILED',
] as const;
type ExternalError = (typeof EXTERNAL_ERRORS)[number];
const asExternalError = (code: string): ExternalError =>
  EXTERNAL_ERRORS.find((known) => known === code) ?? 'EXTERNAL_LOGIN_FAILED';

/**
 * `/login`: login and password (or the identity provider), then the second factor when the account has one.
 * `?mfa` means a session already waits for its second factor (a staff login through the provider).
 */
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
  const errorCode = params.get('error');
  const externalError = errorCode ? asExternalError(errorCode) : null;
  const provider = useQuery(authQueries.externalProvider()).data;
  const isMfaPending = params.has('mfa');

  useEffect(() => {
    if (!isMfaPending) return;
    let isCurrent = true;
    // No pending session (it expired, or the page was bookmarked): the ordinary login form stays.
    authApi
      .pendingMfa()
      .then((pending) => {
        if (!isCurrent) return;
        acceptLogin(queryClient, pending);
        setMfaMethods(pending.mfaMethods);
      })
      .catch(() => {});
    return () => {
      isCurrent = false;
    };
  }, [isMfaPending, queryClient]);

  const loggedIn = (response: TLoginResponse) => {
    acceptLogin(queryClient, response);
    if (response.status === 'mfa_required') {
      setMfaMethods(response.mfaMethods);
      return;
    }
    // Without an explicit `?next=`, staff land in their cabinet (doctors and nurses at `/doctor`).
    const target = params.has('next') || !response.me ? next : homePathFor(response.me.roles);
    navigate(response.status === 'mfa_setup_required' ? MFA_SETUP_PATH : target, { replace: true });
  };

  return (
    <div className="page auth-page">
      <PageHeading>{t('auth.login.title')}</PageHeading>
      {notice ? (
        <div className="notice" role="status">
          <p>{t(`auth.login.notice.${notice}`)}</p>
        </div>
      ) : null}
      {externalError && !mfaMethods ? (
        <div className="notice notice--error" role="alert">
          <p>
            {t(`auth.login.external.errors.${externalError}`, {
              provider: provider?.providerName ?? t('auth.login.external.someProvider'),
            })}
          </p>
        </div>
      ) : null}
      {mfaMethods ? (
        <MfaStep methods={mfaMethods} onLoggedIn={loggedIn} />
      ) : (
        <>
          <LoginForm onLoggedIn={loggedIn} />
          {provider?.enabled ? (
            <p className="auth-external">
              <a className="button button--secondary" href={externalLoginUrl(next)}>
                {t('auth.login.external.button', { provider: provider.providerName })}
              </a>
            </p>
          ) : null}
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
