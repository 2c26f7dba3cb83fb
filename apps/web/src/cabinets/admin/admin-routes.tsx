import { lazy, Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { RouteError } from '../patient/route-error';

const AdminLayout = lazy(() => import('./admin-layout').then((m) => ({ default: m.AdminLayout })));
const RequireLogin = lazy(() =>
  import('../../features/auth/require-login').then((m) => ({ default: m.RequireLogin })),
);
const ForbiddenPage = lazy(() =>
  import('../registry/forbidden.page').then((m) => ({ default: m.ForbiddenPage })),
);
const DeadLettersPage = lazy(() =>
  import('../../features/admin-notifications/dead-letters.page').then((m) => ({
    default: m.DeadLettersPage,
  })),
);

/** The admin cabinet at `/admin`: system administrators; others see «Нет доступа». */
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
  ],
};
