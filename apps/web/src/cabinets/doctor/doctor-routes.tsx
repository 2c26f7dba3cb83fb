import { Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';
import { RouteError } from '../patient/route-error';
import { DOCTOR_FEATURE_ROUTES, DOCTOR_SECTIONS } from './doctor-section-routes';

// One chunk per page, and the cabinet's shell itself only for those who open it.
const DoctorLayout = lazyPage(() => import('./doctor-layout').then((m) => m.DoctorLayout));
const DoctorFrame = lazyPage(() => import('./doctor-frame').then((m) => m.DoctorFrame));
const RequireLogin = lazyPage(() => import('../../features/auth/require-login').then((m) => m.RequireLogin));
const ForbiddenPage = lazyPage(() => import('../registry/forbidden.page').then((m) => m.ForbiddenPage));

/** The medical worker's cabinet at `/doctor` (issue 12): doctors and nurses; others see «Нет доступа». */
export const doctorRoutes: RouteObject = {
  path: '/doctor',
  element: (
    <Suspense fallback={null}>
      <DoctorLayout />
    </Suspense>
  ),
  errorElement: <RouteError />,
  children: [
    {
      errorElement: <RouteError />,
      element: <RequireLogin roles={['doctor', 'nurse']} forbidden={<ForbiddenPage />} />,
      children: [
        {
          element: <DoctorFrame />,
          errorElement: <RouteError />,
          children: [...DOCTOR_SECTIONS.flatMap((section) => section.routes), ...DOCTOR_FEATURE_ROUTES],
        },
      ],
    },
  ],
};
