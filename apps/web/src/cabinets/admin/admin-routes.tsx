import { Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';
import { RouteError } from '../patient/route-error';

const AdminLayout = lazyPage(() => import('./admin-layout').then((m) => m.AdminLayout));
const RequireLogin = lazyPage(() => import('../../features/auth/require-login').then((m) => m.RequireLogin));
const ForbiddenPage = lazyPage(() => import('../registry/forbidden.page').then((m) => m.ForbiddenPage));
const DeadLettersPage = lazyPage(() =>
  import('../../features/admin-notifications/dead-letters.page').then((m) => m.DeadLettersPage),
);

const ExpiringAccreditationsPage = lazyPage(() =>
  import('../../features/staff-qualifications/expiring-accreditations.page').then(
    (m) => m.ExpiringAccreditationsPage,
  ),
);

/**
 * The admin cabinet at `/admin`: system administrators; clinic admins see the accreditations page only;
 * others see «Нет доступа».
 */
export const adminRoutes: RouteObject = {
  path: '/admin',
  element: (
    <Suspense fallback={null}>
      <AdminLayout />
    </Suspense>
  ),
  errorElement: <RouteError />,
  children: [
    {
      errorElement: <RouteError />,
      element: <RequireLogin roles={['system_admin']} forbidden={<ForbiddenPage />} />,
      children: [
        { index: true, element: <Navigate to="notifications" replace /> },
        { path: 'notifications', element: <DeadLettersPage /> },
      ],
    },
    {
      errorElement: <RouteError />,
      element: <RequireLogin roles={['clinic_admin', 'system_admin']} forbidden={<ForbiddenPage />} />,
      children: [{ path: 'accreditations', element: <ExpiringAccreditationsPage /> }],
    },
  ],
};
