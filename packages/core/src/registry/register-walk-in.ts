import { isInRegistryScope, registryScopeOf } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { deskClinic } from './desk-clinic';
import { RegistryErrorCode } from './registry.errors';
import type { RegistryDeps } from './search-patients';
import { parseWalkIn, type WalkInInput } from './walk-in-fields';

export interface RegisterWalkInInput extends WalkInInput {
  /** The clinic registering the person; may be left out by a registrar of exactly one clinic. */
  organizationId?: string;
  origin: RequestOrigin;
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
  const organizationId = deskClinic(principal, input.organizationId);
  const scope = registryScopeOf(principal);
  const duplicate = (patientId: string | null) =>
    new DomainError(RegistryErrorCode.PATIENT_ALREADY_EXISTS, {
      field: 'body.snils',
      ...(patientId ? { extensions: { patientId } } : {}),
    });
  return deps.registry.transaction(async (repos) => {
    const regionCode = await repos.walkIns.regionOf(organizationId);
    if (!scope || !isInRegistryScope(scope, { organizationId, regionCode })) {
      throw new DomainError(RegistryErrorCode.CLINIC_OUT_OF_SCOPE, { field: 'body.organizationId' });
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
