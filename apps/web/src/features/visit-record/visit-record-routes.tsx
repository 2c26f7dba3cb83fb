import { Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

const VisitRecordPage = lazyPage(() => import('./visit-record.page').then((m) => m.VisitRecordPage));

/**
 * The visit record's routes, relative to the doctor's cabinet `/doctor` (its shell wires them in):
 * `patients/:patientId/visit?appointmentId=…`, opened by «Начать приём».
 */
export const visitRecordRoutes: RouteObject[] = [
  {
    path: 'patients/:patientId/visit',
    element: (
      <Suspense fallback={null}>
        <VisitRecordPage />
      </Suspense>
    ),
  },
];
