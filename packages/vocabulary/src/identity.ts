/**
 * Roles of docs/domain.md §1 (the database's check constraint is built from it). Staff roles are held within an
 * organization, except the call-centre operator's (held for a region: the clinics of that region), the system
 * admin's and the support operator's (held for none).
 */
export const ROLES = [
  'patient',
  'doctor',
  'nurse',
  'registrar',
  'call_centre',
  'clinic_admin',
  'system_admin',
  'support',
] as const;
export type Role = (typeof ROLES)[number];
