import { type AccessFactsRepository, type PatientAccessFacts, registryScopeOf } from '@talon/core/access';
import type { Principal } from '@talon/core/identity';
import { type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import type { organizations, patients, regions, representativeLinks } from '../../schema';
import type { Nullable, RawRow, Renamed } from '../../sql';
import { instant, queryRows, uuidList } from '../../sql';
import { knownInScope } from './registry-scope-sql';

/** Visits that tie a patient to the practitioner (a care relation): not cancelled nor moved away. */
const CARE_STATUSES = sql`('booked', 'confirmed', 'arrived', 'fulfilled')`;

/** The patient's attachment and age facts, the caller's link, one `exists` per relation, the context clinic. */
type FactsRow = Renamed<RawRow<typeof patients>, { attached_organization_id: 'attached' }> &
  Pick<RawRow<typeof patients>, 'birth_date'> &
  Renamed<RawRow<typeof regions>, { time_zone: 'ward_time_zone' }> &
  Nullable<Pick<RawRow<typeof representativeLinks>, 'relation'>> & {
    is_medical_allowed: boolean | null;
    has_consent: boolean;
    has_care: boolean;
    has_emergency: boolean;
    is_known_in_scope: boolean;
  } & Nullable<Renamed<RawRow<typeof organizations>, { id: 'context_id'; region_code: 'context_region' }>>;

const clinicianOrganizations = (principal: Principal) =>
  principal.roles
    .filter((g) => (g.role === 'doctor' || g.role === 'nurse') && g.organizationId)
    .map((g) => g.organizationId as string);

/**
 * A care relation (docs/domain.md rule 16): the caller's practitioner holds an active role at a clinic
 * where the account itself works as a doctor or nurse, and the patient is attached to that clinic, has a
 * visit with them there, or has an active laboratory order of that clinic (the nurse who takes the sample
 * and enters its results). A doctor who left a clinic (role inactive, or no account role there) loses it.
 */
function careRelation(principal: Principal): SQL {
  const organizationIds = clinicianOrganizations(principal);
  if (!principal.practitionerId || organizationIds.length === 0) return sql`false`;
  return sql`exists (select 1 from practitioner_roles r
      join practitioners pr on pr.id = r.practitioner_id and pr.is_active
     where r.practitioner_id = ${principal.practitionerId} and r.is_active
       and r.organization_id in (${uuidList(organizationIds)})
       and (r.organization_id = p.attached_organization_id
         or exists (select 1 from appointments a
                     where a.patient_id = p.id and a.practitioner_id = r.practitioner_id
                       and a.organization_id = r.organization_id and a.status in ${CARE_STATUSES})
         or exists (select 1 from lab_orders lo
                     where lo.patient_id = p.id and lo.organization_id = r.organization_id
                       and lo.status = 'active')))`;
}

/** Known to the caller's registry scope (issue 13); false for a caller without one. */
function knownToCaller(principal: Principal): SQL {
  const scope = registryScopeOf(principal);
  return scope ? knownInScope(scope, sql`p.id`, sql`p.attached_organization_id`) : sql`false`;
}

const ABSENT: PatientAccessFacts = {
  exists: false,
  wardLink: null,
  hasBookingConsent: false,
  attachedOrganizationId: null,
  hasCareRelation: false,
  hasEmergencyAccess: false,
  isKnownInRegistryScope: false,
  organization: null,
};

/** The relations the access policy needs, in one round trip (the rules themselves are core's). */
export function createAccessFactsRepository(db: DbExecutor): AccessFactsRepository {
  return {
    async factsFor(principal, patientId, now, context) {
      const me = principal.patientId;
      const [row] = await queryRows<FactsRow>(
        db,
        sql`select p.attached_organization_id as attached, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date,
            wr.time_zone as ward_time_zone, wl.relation, wl.is_medical_allowed,
            ${
              me
                ? sql`exists (select 1 from consents c where c.patient_id = p.id and c.grantee_patient_id = ${me}
              and c.purpose = 'booking_on_behalf' and c.revoked_at is null)`
                : sql`false`
            } as has_consent,
            ${careRelation(principal)} as has_care,
            exists (select 1 from emergency_accesses e where e.account_id = ${principal.accountId}
              and e.patient_id = p.id and e.expires_at > ${instant(now)}) as has_emergency,
            ${knownToCaller(principal)} as is_known_in_scope,
            co.id as context_id, co.region_code as context_region
          from patients p
          join regions wr on wr.code = p.region_code
          left join lateral (
            select l.relation, l.medical_access_allowed_at is not null as is_medical_allowed
              from representative_links l
             where ${me ? sql`l.representative_patient_id = ${me}` : sql`false`}
               and l.ward_patient_id = p.id and l.status = 'active'
             limit 1) wl on true
          left join organizations co on ${context ? sql`co.id = ${context.organizationId}::uuid` : sql`false`}
          where p.id = ${patientId}`,
      );
      if (!row) return ABSENT;
      return {
        exists: true,
        wardLink: row.relation
          ? {
              relation: row.relation,
              wardBirthDate: row.birth_date,
              wardTimeZone: row.ward_time_zone,
              isMedicalAccessAllowed: row.is_medical_allowed === true,
            }
          : null,
        hasBookingConsent: row.has_consent,
        attachedOrganizationId: row.attached,
        hasCareRelation: row.has_care,
        hasEmergencyAccess: row.has_emergency,
        isKnownInRegistryScope: row.is_known_in_scope,
        organization: context
          ? { organizationId: context.organizationId, regionCode: row.context_region }
          : null,
      };
    },
  };
}
