import type { QueryClient } from '@tanstack/react-query';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { lazyPage, routePage } from '../../app/lazy-page';
import { PatientLayout } from './patient-layout';
import { RouteError } from './route-error';

// One chunk per page: the first visit downloads only the shell and the page it opens.
const HomePage = lazy(() => import('./home.page').then((m) => ({ default: m.HomePage })));
const NotFoundPage = lazy(() => import('./not-found.page').then((m) => ({ default: m.NotFoundPage })));
const ClinicsPage = lazyPage(() =>
  import('../../features/directory/clinics.page').then((m) => m.ClinicsPage),
);
const ClinicPage = lazyPage(() => import('../../features/directory/clinic.page').then((m) => m.ClinicPage));
const DoctorsPage = lazyPage(() =>
  import('../../features/directory/doctors.page').then((m) => m.DoctorsPage),
);
const DoctorPage = lazyPage(() => import('../../features/directory/doctor.page').then((m) => m.DoctorPage));
const RegisterPage = lazyPage(() => import('../../features/auth/register.page').then((m) => m.RegisterPage));
const LoginPage = lazyPage(() => import('../../features/auth/login.page').then((m) => m.LoginPage));
const RecoverPage = lazyPage(() => import('../../features/auth/recover.page').then((m) => m.RecoverPage));
const StaffInvitationPage = lazyPage(() =>
  import('../../features/auth/staff-invitation.page').then((m) => m.StaffInvitationPage),
);
const RequireLogin = lazyPage(() => import('../../features/auth/require-login').then((m) => m.RequireLogin));
const AccountPage = lazyPage(() => import('../../features/account/account.page').then((m) => m.AccountPage));
const SecurityPage = lazyPage(() =>
  import('../../features/account/security.page').then((m) => m.SecurityPage),
);
const NotificationSettingsPage = lazyPage(() =>
  import('../../features/notifications-settings/notification-settings.page').then(
    (m) => m.NotificationSettingsPage,
  ),
);
const AppointmentsPage = lazyPage(() =>
  import('../../features/booking/appointments.page').then((m) => m.AppointmentsPage),
);
const AppointmentPage = lazyPage(() =>
  import('../../features/booking/appointment.page').then((m) => m.AppointmentPage),
);
const HistoryPage = lazyPage(() => import('../../features/history/history.page').then((m) => m.HistoryPage));
const WaitlistPage = lazyPage(() =>
  import('../../features/waitlist/waitlist.page').then((m) => m.WaitlistPage),
);
const NotificationsPage = lazyPage(() =>
  import('../../features/notifications/notifications.page').then((m) => m.NotificationsPage),
);
const AccountLayout = lazyPage(() =>
  import('../../features/account/account-layout').then((m) => m.AccountLayout),
);
const FamilyPage = lazyPage(() =>
  import('../../features/representatives/family.page').then((m) => m.FamilyPage),
);
const ConsentsPage = lazyPage(() =>
  import('../../features/privacy/consents.page').then((m) => m.ConsentsPage),
);
const AppointmentLinkPage = lazyPage(() =>
  import('../../features/appointment-links/appointment-link.page').then((m) => m.AppointmentLinkPage),
);
const MedicalCardPage = lazyPage(() =>
  import('../../features/medical-card/medical-card.page').then((m) => m.MedicalCardPage),
);
const MyDocumentsPage = lazyPage(() =>
  import('../../features/documents/my-documents.page').then((m) => m.MyDocumentsPage),
);
const DocumentCheckPage = lazyPage(() =>
  import('../../features/documents/document-check.page').then((m) => m.DocumentCheckPage),
);
const StatusPage = lazyPage(() => import('../../features/status/status.page').then((m) => m.StatusPage));
const SymptomGuidePage = lazyPage(() =>
  import('../../features/symptom-guide/symptom-guide.page').then((m) => m.SymptomGuidePage),
);
const MyDataPage = lazyPage(() => import('../../features/privacy/my-data.page').then((m) => m.MyDataPage));
const AttachmentPage = lazyPage(() =>
  import('../../features/attachment/attachment.page').then((m) => m.AttachmentPage),
);
const HelpPage = lazyPage(() => import('../../features/support/help.page').then((m) => m.HelpPage));
const SupportTicketPage = lazyPage(() =>
  import('../../features/support/support-ticket.page').then((m) => m.SupportTicketPage),
);
const SupportDeskPage = lazyPage(() =>
  import('../../features/support/support-desk.page').then((m) => m.SupportDeskPage),
);
const HelpArticleEditorPage = lazyPage(() =>
  import('../../features/support/help-article-editor.page').then((m) => m.HelpArticleEditorPage),
);
const SupportDeskTicketPage = lazyPage(() =>
  import('../../features/support/support-desk-ticket.page').then((m) => m.SupportDeskTicketPage),
);
const RequestHistoryPage = lazyPage(() =>
  import('../../features/request-history/request-history.page').then((m) => m.RequestHistoryPage),
);

const VideoRoomPage = lazyPage(() =>
  import('../../features/video/video-room.page').then((m) => m.VideoRoomPage),
);

/**
 * The time choice, the page an SMS or email link opens (often on a phone with nothing cached): its code and
 * its data are asked for together — the loader starts the requests, `lazy` brings the page — instead of
 * the data waiting for the code to mount (docs/web.md, «The time choice from a cold link»).
 */
const chooseTimeLoader = () => import('../../features/booking/choose-time-loader');
const chooseTimePage = routePage(() =>
  Promise.all([
    import('../../features/booking/choose-time.page'),
    // The login gate around it (`RequireLogin`, a lazy element) comes in the same round trip, not after.
    import('../../features/auth/require-login'),
  ]).then(([page]) => page.ChooseTimePage),
);
const chooseTimeRoute = (queryClient: QueryClient): RouteObject => ({
  path: 'book',
  loader: async ({ request }) => (await chooseTimeLoader()).startChooseTimeQueries(queryClient, request.url),
  lazy: () => {
    // The router asks for the page first; the loader's small chunk must not queue behind the page's many
    // on HTTP/1.1's six connections (measured: the data then started 2 s later), so it is asked first.
    void chooseTimeLoader();
    return chooseTimePage();
  },
});

/** The public and patient cabinet, mounted at `/`; the query client is the one the route loaders fill. */
export const patientRoutes = (queryClient: QueryClient): RouteObject => ({
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
        // A clinic admin's invitation: the link's token lets the invitee set a password, no login needed.
        { path: 'invite/:token', element: <StaffInvitationPage /> },
        // A reminder email's signed link: the token is the credential, no login needed.
        { path: 'appointment-links/:token', element: <AppointmentLinkPage /> },
        // A document's QR code: anyone checks it, no login.
        { path: 'check/:code', element: <DocumentCheckPage /> },
        // The public status page (issue 13 item 5): no login.
        { path: 'status', element: <StatusPage /> },
        // «Не знаете, к какому врачу?» (issue 17 item 4): no login.
        { path: 'symptoms', element: <SymptomGuidePage /> },
        // «Помощь» (issue 17 item 2), linked from every cabinet: the knowledge base is public.
        { path: 'help', element: <HelpPage /> },
        {
          // The support operators' desk; admins see it too (a clinic admin: their clinics' tickets).
          element: (
            <RequireLogin roles={['support', 'system_admin', 'clinic_admin']} forbidden={<NotFoundPage />} />
          ),
          children: [
            { path: 'support', element: <SupportDeskPage /> },
            { path: 'support/tickets/:id', element: <SupportDeskTicketPage /> },
          ],
        },
        {
          // The knowledge base is written by the system admin and the operators.
          element: <RequireLogin roles={['support', 'system_admin']} forbidden={<NotFoundPage />} />,
          children: [{ path: 'support/articles/:slug', element: <HelpArticleEditorPage /> }],
        },
        {
          // Pages of a logged-in user: a visitor is sent to /login?next=… first.
          element: <RequireLogin />,
          children: [
            chooseTimeRoute(queryClient),
            { path: 'appointments', element: <AppointmentsPage /> },
            { path: 'appointments/history', element: <HistoryPage /> },
            { path: 'appointments/:id', element: <AppointmentPage /> },
            { path: 'waitlist', element: <WaitlistPage /> },
            { path: 'card/:section?', element: <MedicalCardPage /> },
            { path: 'documents', element: <MyDocumentsPage /> },
            { path: 'notifications', element: <NotificationsPage /> },
            { path: 'attachment', element: <AttachmentPage /> },
            { path: 'help/tickets/:id', element: <SupportTicketPage /> },
            // A video visit's room (docs/video-visits.md): the patient side and the practitioner alike.
            { path: 'visit/:appointmentId', element: <VideoRoomPage /> },
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
                { path: 'requests', element: <RequestHistoryPage /> },
              ],
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
});
