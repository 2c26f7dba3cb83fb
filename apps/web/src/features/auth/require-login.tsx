import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { isLoggedOutByUser } from './auth.api';
import type { TRole } from './auth.types';
import { loginPathFor } from './safe-next';
import { LOGGED_OUT_STATE } from './use-logout';
import { useMe } from './use-me';

interface RequireLoginProps {
  /** Staff pages: any one of them opens the pages. */
  roles?: readonly TRole[];
  /** Shown to a logged-in user without any of `roles`: a «Нет доступа» page. */
  forbidden?: ReactNode;
}

/**
 * Layout route of the pages that need a logged-in user: a visitor goes to `/login?next=<this page>`; with
 * `roles`, a user without one of them gets `forbidden` (the server refuses them anyway; this says so).
 */
export function RequireLogin({ roles, forbidden = null }: RequireLoginProps) {
  const { t } = useTranslation();
  const { me, isError, error, refetch } = useMe();
  const { pathname, search } = useLocation();
  if (me === null) {
    return isLoggedOutByUser() ? (
      <Navigate to="/login" state={LOGGED_OUT_STATE} replace />
    ) : (
      <Navigate to={loginPathFor(pathname + search)} replace />
    );
  }
  if (me) return !roles || me.roles.some((item) => roles.includes(item.role)) ? <Outlet /> : forbidden;
  if (isError) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  return <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>;
}
