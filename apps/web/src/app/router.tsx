import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { adminRoutes } from '../cabinets/admin/admin-routes';
import { doctorRoutes } from '../cabinets/doctor/doctor-routes';
import { patientRoutes } from '../cabinets/patient/patient-routes';
import { registryRoutes } from '../cabinets/registry/registry-routes';

/** All cabinets: the staff cabinets are siblings of the patient's. Route loaders fill `queryClient`. */
export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter([registryRoutes, adminRoutes, doctorRoutes, patientRoutes(queryClient)]);
}
