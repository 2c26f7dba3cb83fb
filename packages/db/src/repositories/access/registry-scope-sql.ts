import type { RegistryScope } from '@talon/core/access';
import { type SQL, sql } from 'drizzle-orm';
import { textArray, uuidList } from '../../sql';

/** A clinic `o` of the registry scope: one of the registrar's clinics, or in a call centre's region. */
function clinicInScope(scope: RegistryScope): SQL {
  const byId = scope.organizationIds.length ? sql`o.id in (${uuidList(scope.organizationIds)})` : sql`false`;
  return sql`(${byId} or o.region_code = any(${textArray(scope.regionCodes)}))`;
}

/**
 * A patient known to the scope (issue 13): attached to one of its clinics, registered by its front desk as a
 * walk-in, or with an appointment at one, past or future. `patientId` and `attachedOrganizationId` are the
 * outer query's columns.
 */
export function knownInScope(scope: RegistryScope, patientId: SQL, attachedOrganizationId: SQL): SQL {
  return sql`(exists (select 1 from organizations o where o.id = ${attachedOrganizationId} and ${clinicInScope(scope)})
    or exists (select 1 from patients rp join organizations o on o.id = rp.registered_organization_id
                where rp.id = ${patientId} and ${clinicInScope(scope)})
    or exists (select 1 from appointments a join organizations o on o.id = a.organization_id
                where a.patient_id = ${patientId} and ${clinicInScope(scope)}))`;
}

/** An appointment (its clinic's id given) at a clinic of the scope. */
export function organizationInScope(scope: RegistryScope, organizationId: SQL): SQL {
  return sql`exists (select 1 from organizations o where o.id = ${organizationId} and ${clinicInScope(scope)})`;
}
