import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { isLoggedOutByUser } from './auth.api';
import { loginPathFor } from './safe-next';
import { LOGGED_OUT_STATE } from './use-logout';
import { useMe } from './use-me';

/** Layout route of the pages that need a logged-in user: a visitor goes to `/login?next=<this page>`. */
export function RequireLogin() {
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
  if (me) return <Outlet />;
  if (isError) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  return <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>;
}
