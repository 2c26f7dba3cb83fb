import type { Principal, Role } from '../identity';

/**
 * What a caller wants to do with a person's records:
 * - `read`: the card (name, birth date, identifiers, contacts);
 * - `medical`: medical data (visits, results, documents) — never for admins (DESIGN rule 16);
 * - `book`: book, cancel or reschedule visits for the person;
 * - `manage`: change the person's data, consents and representatives.
 */
export type PatientPurpose = 'read' | 'medical' | 'book' | 'manage';

/** Why access was granted, written to the audit log with every read. */
export type AccessBasis =
  | 'self'
  | 'representative'
  | 'booking_consent'
  | 'care'
  | 'registry'
  | 'organization'
  | 'emergency';

/** Relations between the caller and the person, looked up once per decision. */
export interface PatientAccessFacts {
  exists: boolean;
  /** An active parent or guardian link from the caller's patient record to this person. */
  isWard: boolean;
  /** The person consented (by a code) to be booked by the caller. */
  hasBookingConsent: boolean;
  /** The clinic the person is attached to. */
  attachedOrganizationId: string | null;
  /** The caller is a practitioner working at a clinic with a care relation to the person. */
  hasCareRelation: boolean;
  /** A live "break the glass" grant of the caller for this person. */
  hasEmergencyAccess: boolean;
}

export type AccessDecision = { allowed: true; basis: AccessBasis } | { allowed: false };

const orgsWith = (principal: Principal, roles: readonly Role[]) =>
  principal.roles
    .filter((g) => roles.includes(g.role) && g.organizationId)
    .map((g) => g.organizationId as string);

/**
 * The one access policy for a person's records (DESIGN rule 16). A patient sees their own records and
 * their wards'; a practitioner those of patients in their care (or in an audited emergency); a registrar
 * reads cards and books for patients; a clinic admin reads cards of their clinic's patients; nobody else.
 */
export function decidePatientAccess(
  principal: Principal,
  patientId: string,
  purpose: PatientPurpose,
  facts: PatientAccessFacts,
): AccessDecision {
  if (!facts.exists || principal.stage !== 'full') return { allowed: false };
  if (principal.patientId === patientId) return { allowed: true, basis: 'self' };
  if (facts.isWard) return { allowed: true, basis: 'representative' };
  if (facts.hasBookingConsent && (purpose === 'book' || purpose === 'read')) {
    return { allowed: true, basis: 'booking_consent' };
  }
  if (purpose === 'manage') return { allowed: false };
  const isClinician = orgsWith(principal, ['doctor', 'nurse']).length > 0;
  if (isClinician && facts.hasCareRelation) return { allowed: true, basis: 'care' };
  if (isClinician && facts.hasEmergencyAccess && purpose !== 'book')
    return { allowed: true, basis: 'emergency' };
  if (purpose === 'medical') return { allowed: false };
  if (orgsWith(principal, ['registrar']).length > 0) return { allowed: true, basis: 'registry' };
  const adminOrgs = orgsWith(principal, ['clinic_admin']);
  if (
    purpose === 'read' &&
    facts.attachedOrganizationId &&
    adminOrgs.includes(facts.attachedOrganizationId)
  ) {
    return { allowed: true, basis: 'organization' };
  }
  return { allowed: false };
}
