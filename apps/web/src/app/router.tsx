import { Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { adminRoutes } from '../cabinets/admin/admin-routes';
import { patientRoutes } from '../cabinets/patient/patient-routes';
import { RouteError } from '../cabinets/patient/route-error';
import { registryRoutes } from '../cabinets/registry/registry-routes';
import { visitRecordRoutes } from '../features/visit-record/visit-record-routes';
import { lazyPage } from './lazy-page';

const VisitMount = lazyPage(() => import('../cabinets/doctor/visit-mount').then((m) => m.VisitMount));
const RequireLogin = lazyPage(() => import('../features/auth/require-login').then((m) => m.RequireLogin));
const ForbiddenPage = lazyPage(() =>
  import('../cabinets/registry/forbidden.page').then((m) => m.ForbiddenPage),
);

/**
 * TEMPORARY: the visit record under `/doctor` for doctors and nurses, until the doctor's cabinet shell lands;
 * then its routes take `visitRecordRoutes` and this group goes.
 */
const doctorVisitMount: RouteObject = {
  path: '/doctor',
  element: (
    <Suspense fallback={null}>
      <VisitMount />
    </Suspense>
  ),
  errorElement: <RouteError />,
  children: [
    {
      errorElement: <RouteError />,
      element: <RequireLogin roles={['doctor', 'nurse']} forbidden={<ForbiddenPage />} />,
      children: visitRecordRoutes,
    },
  ],
};

/** All cabinets; the other staff cabinets (`/doctor`, `/admin`) will be siblings of these. */
export function createAppRouter() {
  return createBrowserRouter([registryRoutes, adminRoutes, doctorVisitMount, patientRoutes]);
}
