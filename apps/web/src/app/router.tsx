import { createBrowserRouter } from 'react-router';
import { patientRoutes } from '../cabinets/patient/patient-routes';

/** All cabinets; staff cabinets (`/doctor`, `/registry`, `/admin`) will be siblings of the patient one. */
export function createAppRouter() {
  return createBrowserRouter([patientRoutes]);
}
