import { isInRegistryScope, registryScopeOf } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { RegistryErrorCode } from './registry.errors';
import type { RegistryDeps } from './search-patients';
import { parseWalkIn, type WalkInInput } from './walk-in-fields';

export interface RegisterWalkInInput extends WalkInInput {
  /** The clinic registering the person; may be left out by a registrar of exactly one clinic. */
  organizationId?: string;
  origin: RequestOrigin;
}

/**
 * The clinic a walk-in is registered at: the one named, which must be in the caller's registry scope, or
 * a registrar's only clinic.
 */
function clinicFor(principal: Principal, organizationId: string | undefined): string {
  if (organizationId) return organizationId;
  const scope = registryScopeOf(principal);
  if (scope?.organizationIds.length === 1 && scope.regionCodes.length === 0) return scope.organizationIds[0]!;
  throw new DomainError(RegistryErrorCode.WALK_IN_CLINIC_REQUIRED, { field: 'body.organizationId' });
}

/**
 * The front desk registers a person who came in without an account, a phone or an e-mail (issue 13): the
 * card from their documents (SNILS and passport checked), known to the registering clinic's desk at once,
 * so it can book and print the ticket. One card per SNILS: a SNILS already on file answers
 * `PATIENT_ALREADY_EXISTS` with that card's id, for the desk to open it instead. Audited (`patient.create`).
 */
export async function registerWalkIn(
  deps: RegistryDeps,
  principal: Principal,
  input: RegisterWalkInInput,
): Promise<{ id: string }> {
  const now = deps.clock.now();
  const fields = parseWalkIn(input, now);
  const organizationId = clinicFor(principal, input.organizationId);
  const scope = registryScopeOf(principal);
  const duplicate = (patientId: string | null) =>
    new DomainError(RegistryErrorCode.PATIENT_ALREADY_EXISTS, {
      field: 'body.snils',
      ...(patientId ? { extensions: { patientId } } : {}),
    });
  return deps.registry.transaction(async (repos) => {
    const regionCode = await repos.walkIns.regionOf(organizationId);
    if (!scope || !isInRegistryScope(scope, { organizationId, regionCode })) {
      throw new DomainError(RegistryErrorCode.WALK_IN_CLINIC_OUT_OF_SCOPE, { field: 'body.organizationId' });
    }
    const existing = await repos.walkIns.findBySnilsHashes(deps.lookupHashes(fields.snils));
    if (existing) throw duplicate(existing);
    const id = await repos.walkIns.create({ ...fields, organizationId, regionCode: regionCode! });
    // A concurrent registration of the same SNILS won the unique index between the check and the insert.
    if (!id) {
      throw duplicate(await repos.walkIns.findBySnilsHashes(deps.lookupHashes(fields.snils)));
    }
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: principal.roles[0]?.role ?? null,
      subjectPatientId: id,
      action: 'patient.create',
      recordType: 'patient',
      recordId: id,
      outcome: 'success',
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { organizationId, walkIn: true },
      occurredAt: now,
    });
    return { id };
  });
}
