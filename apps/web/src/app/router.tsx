import { createBrowserRouter } from 'react-router';
import { adminRoutes } from '../cabinets/admin/admin-routes';
import { patientRoutes } from '../cabinets/patient/patient-routes';
import { registryRoutes } from '../cabinets/registry/registry-routes';

/** All cabinets; the other staff cabinets (`/doctor`, `/admin`) will be siblings of these. */
export function createAppRouter() {
  return createBrowserRouter([registryRoutes, adminRoutes, patientRoutes]);
}
