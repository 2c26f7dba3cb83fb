import type { ParseKeys } from 'i18next';
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';
import { coursesRoutes } from '../../features/courses/courses-routes';
import { labOrdersRoutes } from '../../features/lab-orders/lab-orders-routes';
import { practitionerDocumentsRoutes } from '../../features/practitioner-documents/practitioner-documents-routes';
import { staffApplicationsRoutes } from '../../features/staff-applications/staff-applications-routes';
import { visitRecordRoutes } from '../../features/visit-record/visit-record-routes';

const DoctorHomePage = lazyPage(() => import('./doctor-home.page').then((m) => m.DoctorHomePage));
const PatientsPage = lazyPage(() => import('./patients.page').then((m) => m.PatientsPage));
const PatientCardPage = lazyPage(() => import('./patient-card.page').then((m) => m.PatientCardPage));
const AbsencesPage = lazyPage(() => import('./absences.page').then((m) => m.AbsencesPage));
const SchedulePage = lazyPage(() => import('./schedule.page').then((m) => m.SchedulePage));
const SettingsPage = lazyPage(() => import('./settings.page').then((m) => m.SettingsPage));
const SecurityPage = lazyPage(() =>
  import('../../features/account/security.page').then((m) => m.SecurityPage),
);
const QualificationsPage = lazyPage(() =>
  import('../../features/staff-qualifications/qualifications.page').then((m) => m.QualificationsPage),
);
const NotificationSettingsPage = lazyPage(() =>
  import('../../features/notifications-settings/notification-settings.page').then(
    (m) => m.NotificationSettingsPage,
  ),
);

/** A tab inside a section: a path below the section's and its label key. */
export interface SectionTab {
  path: string;
  label: ParseKeys;
}

/**
 * One section of the doctor's cabinet (issue 12 item 1): where it lives, its name, its `Ctrl+<digit>` key, the
 * badge that counts what waits there, its tabs, and its routes. Adding a section or a tab is one entry here.
 */
export interface DoctorSection {
  id: string;
  /** Below `/doctor`; '' is the cabinet's home. */
  path: string;
  label: ParseKeys;
  /** The digit of `Ctrl+<digit>`; fixed per section, so the keys stay the same when a section is added. */
  shortcut: number;
  /** The key of its badge hook in `SECTION_BADGES` (section-badges.ts, loaded with the cabinet's frame). */
  badge?: string;
  tabs?: readonly SectionTab[];
  /** The section's routes, relative to `/doctor`. */
  routes: RouteObject[];
}

/** The sections of seed 004. */
export const DOCTOR_SECTIONS: readonly DoctorSection[] = [
  {
    id: 'home',
    path: '',
    label: 'practice.sections.home',
    shortcut: 1,
    badge: 'unread',
    routes: [{ index: true, element: <DoctorHomePage /> }],
  },
  {
    id: 'patients',
    path: 'patients',
    label: 'practice.sections.patients',
    shortcut: 2,
    routes: [
      { path: 'patients', element: <PatientsPage /> },
      { path: 'patients/:patientId', element: <PatientCardPage /> },
    ],
  },
  {
    id: 'schedule',
    path: 'schedule',
    label: 'practice.sections.schedule',
    shortcut: 3,
    badge: 'arrived',
    tabs: [
      { path: 'schedule', label: 'practice.schedule.tabs.day' },
      { path: 'schedule/week', label: 'practice.schedule.tabs.week' },
      { path: 'schedule/absences', label: 'practice.schedule.tabs.absences' },
    ],
    routes: [
      { path: 'schedule', element: <SchedulePage view="day" /> },
      { path: 'schedule/week', element: <SchedulePage view="week" /> },
      { path: 'schedule/absences', element: <AbsencesPage /> },
    ],
  },
  {
    id: 'documents',
    path: 'documents',
    label: 'practice.sections.documents',
    shortcut: 4,
    badge: 'awaitingSignature',
    tabs: [
      { path: 'documents', label: 'practitionerDocuments.tabs.awaiting' },
      { path: 'documents/mine', label: 'practitionerDocuments.tabs.mine' },
    ],
    routes: practitionerDocumentsRoutes,
  },
  {
    id: 'settings',
    path: 'settings',
    label: 'practice.sections.settings',
    shortcut: 5,
    badge: 'accreditation',
    tabs: [
      { path: 'settings/security', label: 'practice.settings.tabs.security' },
      { path: 'settings/notifications', label: 'practice.settings.tabs.notifications' },
      { path: 'settings/qualifications', label: 'practice.settings.tabs.qualifications' },
    ],
    routes: [
      {
        path: 'settings',
        element: <SettingsPage />,
        children: [
          { index: true, element: <SecurityPage /> },
          { path: 'security', element: <SecurityPage /> },
          { path: 'notifications', element: <NotificationSettingsPage /> },
          { path: 'qualifications', element: <QualificationsPage /> },
        ],
      },
    ],
  },
  {
    id: 'courses',
    path: 'courses',
    label: 'practice.sections.courses',
    shortcut: 6,
    tabs: [
      { path: 'courses', label: 'courses.tabs.catalogue' },
      { path: 'courses/my', label: 'courses.tabs.mine' },
      { path: 'courses/applications', label: 'staffApplications.tab' },
    ],
    routes: [...coursesRoutes, ...staffApplicationsRoutes],
  },
  {
    id: 'labs',
    path: 'labs',
    label: 'practice.sections.labs',
    shortcut: 7,
    badge: 'resultsToReview',
    tabs: [
      { path: 'labs', label: 'labs.tabs.toDo' },
      { path: 'labs/review', label: 'labs.tabs.review' },
    ],
    routes: labOrdersRoutes,
  },
];

/**
 * Routes other features contribute inside the cabinet (its shell and login guard around them): the visit
 * record at `patients/:patientId/visit`.
 */
export const DOCTOR_FEATURE_ROUTES: RouteObject[] = [...visitRecordRoutes];

/** The section a path of the cabinet belongs to (the card belongs to «Карты пациентов»). */
export function sectionOfPath(pathname: string): DoctorSection | undefined {
  const rest = pathname.replace(/^\/doctor\/?/, '');
  const first = rest.split('/')[0] ?? '';
  return DOCTOR_SECTIONS.find((section) => section.path === first);
}
