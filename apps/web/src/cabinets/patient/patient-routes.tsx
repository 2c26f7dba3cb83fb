import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { PatientLayout } from './patient-layout';
import { RouteError } from './route-error';

// One chunk per page: the first visit downloads only the shell and the page it opens.
const HomePage = lazy(() => import('./home.page').then((m) => ({ default: m.HomePage })));
const NotFoundPage = lazy(() => import('./not-found.page').then((m) => ({ default: m.NotFoundPage })));
const ClinicsPage = lazy(() =>
  import('../../features/directory/clinics.page').then((m) => ({ default: m.ClinicsPage })),
);
const ClinicPage = lazy(() =>
  import('../../features/directory/clinic.page').then((m) => ({ default: m.ClinicPage })),
);
const DoctorsPage = lazy(() =>
  import('../../features/directory/doctors.page').then((m) => ({ default: m.DoctorsPage })),
);
const DoctorPage = lazy(() =>
  import('../../features/directory/doctor.page').then((m) => ({ default: m.DoctorPage })),
);
const RegisterPage = lazy(() =>
  import('../../features/auth/register.page').then((m) => ({ default: m.RegisterPage })),
);
const LoginPage = lazy(() =>
  import('../../features/auth/login.page').then((m) => ({ default: m.LoginPage })),
);
const RecoverPage = lazy(() =>
  import('../../features/auth/recover.page').then((m) => ({ default: m.RecoverPage })),
);
const RequireLogin = lazy(() =>
  import('../../features/auth/require-login').then((m) => ({ default: m.RequireLogin })),
);
const AccountPage = lazy(() =>
  import('../../features/account/account.page').then((m) => ({ default: m.AccountPage })),
);
const SecurityPage = lazy(() =>
  import('../../features/account/security.page').then((m) => ({ default: m.SecurityPage })),
);
const NotificationSettingsPage = lazy(() =>
  import('../../features/notifications-settings/notification-settings.page').then((m) => ({
    default: m.NotificationSettingsPage,
  })),
);
const ChooseTimePage = lazy(() =>
  import('../../features/booking/choose-time.page').then((m) => ({ default: m.ChooseTimePage })),
);
const AppointmentsPage = lazy(() =>
  import('../../features/booking/appointments.page').then((m) => ({ default: m.AppointmentsPage })),
);
const AppointmentPage = lazy(() =>
  import('../../features/booking/appointment.page').then((m) => ({ default: m.AppointmentPage })),
);
const NotificationsPage = lazy(() =>
  import('../../features/notifications/notifications.page').then((m) => ({ default: m.NotificationsPage })),
);
const AccountLayout = lazy(() =>
  import('../../features/account/account-layout').then((m) => ({ default: m.AccountLayout })),
);
const FamilyPage = lazy(() =>
  import('../../features/representatives/family.page').then((m) => ({ default: m.FamilyPage })),
);
const ConsentsPage = lazy(() =>
  import('../../features/privacy/consents.page').then((m) => ({ default: m.ConsentsPage })),
);
const MyDataPage = lazy(() =>
  import('../../features/privacy/my-data.page').then((m) => ({ default: m.MyDataPage })),
);

/** The public and patient cabinet, mounted at `/`. */
export const patientRoutes: RouteObject = {
  path: '/',
  element: <PatientLayout />,
  errorElement: <RouteError />,
  children: [
    {
      // Errors inside a page keep the header and footer around them.
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'clinics', element: <ClinicsPage /> },
        { path: 'clinics/:id', element: <ClinicPage /> },
        { path: 'doctors', element: <DoctorsPage /> },
        { path: 'doctors/:id', element: <DoctorPage /> },
        { path: 'register', element: <RegisterPage /> },
        { path: 'login', element: <LoginPage /> },
        { path: 'recover', element: <RecoverPage /> },
        {
          // Pages of a logged-in user: a visitor is sent to /login?next=… first.
          element: <RequireLogin />,
          children: [
            { path: 'book', element: <ChooseTimePage /> },
            { path: 'appointments', element: <AppointmentsPage /> },
            { path: 'appointments/:id', element: <AppointmentPage /> },
            { path: 'notifications', element: <NotificationsPage /> },
            {
              // The account's sections share their navigation.
              path: 'account',
              element: <AccountLayout />,
              children: [
                { index: true, element: <AccountPage /> },
                { path: 'security', element: <SecurityPage /> },
                { path: 'notifications', element: <NotificationSettingsPage /> },
                { path: 'family', element: <FamilyPage /> },
                { path: 'consents', element: <ConsentsPage /> },
                { path: 'data', element: <MyDataPage /> },
              ],
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
};
