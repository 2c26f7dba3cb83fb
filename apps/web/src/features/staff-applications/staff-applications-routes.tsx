import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

const ApplicationsPage = lazyPage(() => import('./applications.page').then((m) => m.ApplicationsPage));

/** «Заявления» of «Обучение» in the doctor's cabinet, relative to `/doctor`. */
export const staffApplicationsRoutes: RouteObject[] = [
  { path: 'courses/applications', element: <ApplicationsPage /> },
];
