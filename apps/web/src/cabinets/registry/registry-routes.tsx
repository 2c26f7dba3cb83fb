import { Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';
import { RouteError } from '../patient/route-error';

// One chunk per page, and the registry's shell itself only for those who open it.
const RegistryLayout = lazyPage(() => import('./registry-layout').then((m) => m.RegistryLayout));
const RequireLogin = lazyPage(() => import('../../features/auth/require-login').then((m) => m.RequireLogin));
const ForbiddenPage = lazyPage(() => import('./forbidden.page').then((m) => m.ForbiddenPage));
const RegistryLinksPage = lazyPage(() => import('./registry-links.page').then((m) => m.RegistryLinksPage));

/**
 * The registry cabinet at `/registry`: registrars and clinic admins, and system admins for the links of
 * wards attached to no clinic; others see «Нет доступа».
 */
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
      element: (
        <RequireLogin roles={['registrar', 'clinic_admin', 'system_admin']} forbidden={<ForbiddenPage />} />
      ),
      children: [
        { index: true, element: <Navigate to="links" replace /> },
        { path: 'links', element: <RegistryLinksPage /> },
      ],
    },
  ],
};
