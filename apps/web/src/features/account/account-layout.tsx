import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LiveStatus } from '../../shared/ui/live-status';
import { useMe } from '../auth/use-me';
import { AccountSubnav } from './account-subnav';
import '../auth/auth.css';
import './account.css';

/**
 * Layout route of the account pages, inside `RequireLogin`: the sections' navigation, then the page. Pages
 * load lazily under their own Suspense so that the navigation stays while the next one loads.
 */
export function AccountLayout() {
  const { t } = useTranslation();
  const { me } = useMe();
  if (!me) return null;
  return (
    <div className="account-layout">
      <AccountSubnav me={me} />
      <div className="account-layout__page">
        <Suspense fallback={<LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>}>
          <Outlet />
        </Suspense>
      </div>
    </div>
  );
}
