import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

const LabOrdersPage = lazyPage(() => import('./lab-orders.page').then((m) => m.LabOrdersPage));
const LabReviewPage = lazyPage(() => import('./lab-review.page').then((m) => m.LabReviewPage));
const LabResultPage = lazyPage(() => import('./lab-result.page').then((m) => m.LabResultPage));

/**
 * «Анализы» of the doctor's cabinet, relative to `/doctor`: the orders to carry out (`labs`), the results to
 * review (`labs/review`) and one order's result form (`labs/:orderId`).
 */
export const labOrdersRoutes: RouteObject[] = [
  { path: 'labs', element: <LabOrdersPage /> },
  { path: 'labs/review', element: <LabReviewPage /> },
  { path: 'labs/:orderId', element: <LabResultPage /> },
];
