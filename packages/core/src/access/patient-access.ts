import type { Principal, Role } from '../identity';
import type { RecordView } from './access.types';
import { representationOf, type WardLinkFacts } from './parental-access';
import { isInRegistryScope, registryScopeOf, type ScopedOrganization } from './registry-scope';

/**
 * What a caller wants to do with a person's records:
 * - `read`: the card (name, birth date, identifiers, contacts), and visits, referrals and tickets in their
 *   booking view;
 * - `medical`: medical data (visit reasons, diagnoses, results, documents) — docs/domain.md rule 24;
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

/** The clinic an action concerns: the slot being booked, the appointment being read or changed. */
export interface AccessContext {
  organizationId: string;
}

/** Relations between the caller and the person, looked up once per decision. */
export interface PatientAccessFacts {
  exists: boolean;
  /** The caller's active parent or guardian link to this person (the age rules are applied by the policy). */
  wardLink: WardLinkFacts | null;
  /** The person consented (by a code) to be booked by the caller. */
  hasBookingConsent: boolean;
  /** The clinic the person is attached to. */
  attachedOrganizationId: string | null;
  /**
   * The caller is a practitioner with an active role, at a clinic where their account works, that is the
   * person's clinic of attachment or where the person has a visit with them.
   */
  hasCareRelation: boolean;
  /** A live "break the glass" grant of the caller for this person. */
  hasEmergencyAccess: boolean;
  /**
   * The person is known to a clinic of the caller's registry scope: attached there, or with an appointment
   * there (past or future). False for callers without a registry scope.
   */
  isKnownInRegistryScope: boolean;
  /** The clinic of the action's context, when one was given (its region null when it does not exist). */
  organization: ScopedOrganization | null;
}

export type AccessDecision = { allowed: true; basis: AccessBasis; view: RecordView } | { allowed: false };

const orgsWith = (principal: Principal, roles: readonly Role[]) =>
  principal.roles
    .filter((g) => roles.includes(g.role) && g.organizationId)
    .map((g) => g.organizationId as string);

/** The clinics where the caller works as a doctor or nurse (a care relation is possible only there). */
export const clinicianOrganizations = (principal: Principal) => orgsWith(principal, ['doctor', 'nurse']);

const allow = (basis: AccessBasis, view: RecordView): AccessDecision => ({ allowed: true, basis, view });
const DENY: AccessDecision = { allowed: false };

/**
 * The registry's branch: a registrar or call-centre operator acts only for the clinics of their scope
 * (issue 13). With a clinic in context (a slot, an appointment) that clinic decides; without one, booking
 * is open (the clinic is checked when the visit is placed) and reading is limited to people known to the
 * scope — a patient of another clinic is found by an exact identifier, then booked, never browsed.
 */
function decideForRegistry(
  principal: Principal,
  purpose: PatientPurpose,
  facts: PatientAccessFacts,
): AccessDecision | null {
  const scope = registryScopeOf(principal);
  if (!scope || (purpose !== 'read' && purpose !== 'book')) return null;
  if (facts.organization) {
    return isInRegistryScope(scope, facts.organization) ? allow('registry', 'booking') : null;
  }
  if (purpose === 'book' || facts.isKnownInRegistryScope) return allow('registry', 'booking');
  return null;
}

/**
 * The one access policy for a person's records (docs/domain.md rules 16 and 24). A patient sees their own
 * records; a representative their ward's, by the age rules of the link; an adult's booking consent lets the
 * proxy book and read the booking view; a practitioner reads patients in care (or in an audited emergency);
 * the registry books and reads booking views for the clinics it works for; a clinic admin reads cards of
 * their clinic's patients; nobody else. `now` dates the age rules of parent links.
 */
export function decidePatientAccess(
  principal: Principal,
  patientId: string,
  purpose: PatientPurpose,
  facts: PatientAccessFacts,
  now: Date,
): AccessDecision {
  if (!facts.exists || principal.stage !== 'full') return DENY;
  if (principal.patientId === patientId) return allow('self', 'medical');
  const representation = facts.wardLink ? representationOf(facts.wardLink, now) : 'none';
  if (representation === 'full') return allow('representative', 'medical');
  if (representation === 'booking' && purpose !== 'medical') return allow('representative', 'booking');
  if (facts.hasBookingConsent && (purpose === 'book' || purpose === 'read')) {
    return allow('booking_consent', 'booking');
  }
  if (purpose === 'manage') return DENY;
  const isClinician = clinicianOrganizations(principal).length > 0;
  if (isClinician && facts.hasCareRelation) return allow('care', 'medical');
  if (isClinician && facts.hasEmergencyAccess && purpose !== 'book') return allow('emergency', 'medical');
  if (purpose === 'medical') return DENY;
  const registry = decideForRegistry(principal, purpose, facts);
  if (registry) return registry;
  const adminOrgs = orgsWith(principal, ['clinic_admin']);
  if (
    purpose === 'read' &&
    facts.attachedOrganizationId &&
    adminOrgs.includes(facts.attachedOrganizationId)
  ) {
    return allow('organization', 'booking');
  }
  return DENY;
}
