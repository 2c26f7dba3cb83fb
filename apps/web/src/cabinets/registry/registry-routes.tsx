import { Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';
import { RouteError } from '../patient/route-error';

// One chunk per page, and the registry's shell itself only for those who open it.
const RegistryLayout = lazyPage(() => import('./registry-layout').then((m) => m.RegistryLayout));
const RequireLogin = lazyPage(() => import('../../features/auth/require-login').then((m) => m.RequireLogin));
const ForbiddenPage = lazyPage(() => import('./forbidden.page').then((m) => m.ForbiddenPage));
const RegistryLinksPage = lazyPage(() => import('./registry-links.page').then((m) => m.RegistryLinksPage));
const AttachmentRequestsPage = lazyPage(() =>
  import('./attachment-requests.page').then((m) => m.AttachmentRequestsPage),
);
const DeskSearchPage = lazyPage(() => import('./desk/desk-search.page').then((m) => m.DeskSearchPage));
const DeskNewPatientPage = lazyPage(() =>
  import('./desk/desk-new-patient.page').then((m) => m.DeskNewPatientPage),
);
const DeskCheckInPage = lazyPage(() => import('./checkin/desk-check-in.page').then((m) => m.DeskCheckInPage));
const QueueBoardPage = lazyPage(() => import('./board/queue-board.page').then((m) => m.QueueBoardPage));
const DeskPatientPage = lazyPage(() => import('./desk/desk-patient.page').then((m) => m.DeskPatientPage));

/**
 * The registry cabinet at `/registry`: the desk (search, a patient's page, booking) for registrars,
 * call-centre operators and clinic admins; the links for registrars and clinic admins, and system admins
 * for the links of wards attached to no clinic; others see «Нет доступа».
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
        <RequireLogin roles={['registrar', 'call_centre', 'clinic_admin']} forbidden={<ForbiddenPage />} />
      ),
      children: [
        { index: true, element: <DeskSearchPage /> },
        { path: 'patients/new', element: <DeskNewPatientPage /> },
        { path: 'patients/:id', element: <DeskPatientPage /> },
      ],
    },
    {
      // Check-in is the desk's own: the API admits the registrar of the visit's clinic.
      errorElement: <RouteError />,
      element: <RequireLogin roles={['registrar']} forbidden={<ForbiddenPage />} />,
      children: [
        { path: 'checkin', element: <DeskCheckInPage /> },
        { path: 'board', element: <QueueBoardPage /> },
      ],
    },
    {
      errorElement: <RouteError />,
      element: (
        <RequireLogin roles={['registrar', 'clinic_admin', 'system_admin']} forbidden={<ForbiddenPage />} />
      ),
      children: [
        { path: 'links', element: <RegistryLinksPage /> },
        { path: 'attachments', element: <AttachmentRequestsPage /> },
      ],
    },
  ],
};
