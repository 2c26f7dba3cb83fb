import type { AccessFactsRepository } from '@talon/core/access';
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import type { patients } from '../../schema';
import type { RawRow, Renamed } from '../../sql';
import { instant, queryRows } from '../../sql';

/** The patient's attachment and one `exists` per relation (in SQL, so the policy needs one round trip). */
type FactsRow = Renamed<RawRow<typeof patients>, { attached_organization_id: 'attached' }> & {
  is_ward: boolean;
  has_consent: boolean;
  has_care: boolean;
  has_emergency: boolean;
};

/**
 * The relations the access policy needs, in one round trip. Care relation today: the patient is attached to
 * a clinic where the practitioner works (appointments join it with the booking issue).
 */
export function createAccessFactsRepository(db: DbExecutor): AccessFactsRepository {
  return {
    async factsFor(principal, patientId, now) {
      const me = principal.patientId;
      const [row] = await queryRows<FactsRow>(
        db,
        sql`select p.attached_organization_id as attached,
          ${
            me
              ? sql`exists (select 1 from representative_links l where l.representative_patient_id = ${me}
            and l.ward_patient_id = p.id and l.status = 'active')`
              : sql`false`
          } as is_ward,
          ${
            me
              ? sql`exists (select 1 from consents c where c.patient_id = p.id and c.grantee_patient_id = ${me}
            and c.purpose = 'booking_on_behalf' and c.revoked_at is null)`
              : sql`false`
          } as has_consent,
          ${
            principal.practitionerId
              ? sql`exists (select 1 from practitioner_roles r where r.practitioner_id = ${principal.practitionerId}
            and r.organization_id = p.attached_organization_id)`
              : sql`false`
          } as has_care,
          exists (select 1 from emergency_accesses e where e.account_id = ${principal.accountId}
            and e.patient_id = p.id and e.expires_at > ${instant(now)}) as has_emergency
        from patients p where p.id = ${patientId}`,
      );
      if (!row) {
        return {
          exists: false,
          isWard: false,
          hasBookingConsent: false,
          attachedOrganizationId: null,
          hasCareRelation: false,
          hasEmergencyAccess: false,
        };
      }
      return {
        exists: true,
        isWard: row.is_ward,
        hasBookingConsent: row.has_consent,
        attachedOrganizationId: row.attached,
        hasCareRelation: row.has_care,
        hasEmergencyAccess: row.has_emergency,
      };
    },
  };
}
