import { lazy, Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { RouteError } from '../patient/route-error';

// One chunk per page, and the registry's shell itself only for those who open it.
const RegistryLayout = lazy(() => import('./registry-layout').then((m) => ({ default: m.RegistryLayout })));
const RequireLogin = lazy(() =>
  import('../../features/auth/require-login').then((m) => ({ default: m.RequireLogin })),
);
const ForbiddenPage = lazy(() => import('./forbidden.page').then((m) => ({ default: m.ForbiddenPage })));
const RegistryLinksPage = lazy(() =>
  import('../../features/representatives/registry-links.page').then((m) => ({
    default: m.RegistryLinksPage,
  })),
);

/** The registry cabinet at `/registry`: registrars and clinic admins; others see «Нет доступа». */
export const registryRoutes: RouteObject = {
  path: '/registry',
  element: (
    // Nothing to show before the shell arrives; the pages inside have their own loading status.
    <Suspense fallback={null}>
      <RegistryLayout />
    </Suspense>
  ),
  errorElement: <RouteError />,
  children: [
    {
      errorElement: <RouteError />,
      element: <RequireLogin roles={['registrar', 'clinic_admin']} forbidden={<ForbiddenPage />} />,
      children: [
        { index: true, element: <Navigate to="links" replace /> },
        { path: 'links', element: <RegistryLinksPage /> },
      ],
    },
  ],
};
