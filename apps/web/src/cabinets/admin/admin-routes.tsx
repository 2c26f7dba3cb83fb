import { Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';
import { RouteError } from '../patient/route-error';

const AdminLayout = lazyPage(() => import('./admin-layout').then((m) => m.AdminLayout));
const RequireLogin = lazyPage(() => import('../../features/auth/require-login').then((m) => m.RequireLogin));
const ForbiddenPage = lazyPage(() => import('../registry/forbidden.page').then((m) => m.ForbiddenPage));
const AnalyticsPage = lazyPage(() =>
  import('../../features/analytics/analytics.page').then((m) => m.AnalyticsPage),
);
const SchedulesPage = lazyPage(() => import('./schedules/schedules.page').then((m) => m.SchedulesPage));
const DeadLettersPage = lazyPage(() =>
  import('../../features/admin-notifications/dead-letters.page').then((m) => m.DeadLettersPage),
);
const AdminClinicsPage = lazyPage(() =>
  import('../../features/admin-clinics/admin-clinics.page').then((m) => m.AdminClinicsPage),
);
const AdminClinicPage = lazyPage(() =>
  import('../../features/admin-clinics/admin-clinic.page').then((m) => m.AdminClinicPage),
);
const StaffPage = lazyPage(() => import('../../features/admin-staff/staff.page').then((m) => m.StaffPage));
const IntegrationsPage = lazyPage(() =>
  import('../../features/admin-integrations/integrations.page').then((m) => m.IntegrationsPage),
);
const IncidentsPage = lazyPage(() =>
  import('../../features/admin-status/incidents.page').then((m) => m.IncidentsPage),
);

const ExpiringAccreditationsPage = lazyPage(() =>
  import('../../features/staff-qualifications/expiring-accreditations.page').then(
    (m) => m.ExpiringAccreditationsPage,
  ),
);

const QueuesPage = lazyPage(() =>
  import('../../features/admin-queues/queues.page').then((m) => m.QueuesPage),
);
const AuditLogPage = lazyPage(() =>
  import('../../features/admin-audit/audit-log.page').then((m) => m.AuditLogPage),
);

const CourseEnrollmentsPage = lazyPage(() =>
  import('../../features/admin-courses/course-enrollments.page').then((m) => m.CourseEnrollmentsPage),
);

/**
 * The admin cabinet at `/admin`: «Аналитика», «Расписание» (templates with their preview), «Сотрудники» (staff accounts), «Клиники» (the system admin's list of clinics), «Обучение сотрудников» (their clinics' course enrolments) and «Аккредитация» for
 * clinic and system administrators, the outbox, the status page's incidents and the integration clients for system administrators; others see «Нет доступа».
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
      element: <RequireLogin roles={['system_admin', 'clinic_admin']} forbidden={<ForbiddenPage />} />,
      children: [
        { index: true, element: <Navigate to="analytics" replace /> },
        { path: 'analytics', element: <AnalyticsPage /> },
        { path: 'schedules', element: <SchedulesPage /> },
        { path: 'staff', element: <StaffPage /> },
        // «Клиники»: in the system admin's menu; a clinic admin reaching it sees their own clinics.
        { path: 'clinics', element: <AdminClinicsPage /> },
        { path: 'clinics/:organizationId', element: <AdminClinicPage /> },
        { path: 'courses', element: <CourseEnrollmentsPage /> },
        { path: 'accreditations', element: <ExpiringAccreditationsPage /> },
        { path: 'queues', element: <QueuesPage /> },
        { path: 'audit', element: <AuditLogPage /> },
        {
          element: <RequireLogin roles={['system_admin']} forbidden={<ForbiddenPage />} />,
          children: [
            { path: 'notifications', element: <DeadLettersPage /> },
            { path: 'status', element: <IncidentsPage /> },
            { path: 'integrations', element: <IntegrationsPage /> },
          ],
        },
      ],
    },
  ],
};
