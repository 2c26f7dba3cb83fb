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

interface RequireRoleProps {
  /** Any one of them opens the pages. */
  roles: readonly TRole[];
  /** Shown to a logged-in user without any of the roles: a «Нет доступа» page. */
  forbidden: ReactNode;
}

/**
 * Layout route of staff pages: a visitor goes to `/login?next=<this page>`, a logged-in user without one
 * of `roles` gets `forbidden` (the server refuses them anyway; this says so in words).
 */
export function RequireRole({ roles, forbidden }: RequireRoleProps) {
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
  if (me) return me.roles.some((item) => roles.includes(item.role)) ? <Outlet /> : forbidden;
  if (isError) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  return <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>;
}
