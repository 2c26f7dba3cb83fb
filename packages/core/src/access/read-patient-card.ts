import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { AccessErrorCode } from './access.errors';
import type { PatientCard } from './access.ports';
import { type AccessDeps, auditAllowed, authorizePatient } from './authorize-patient';
import type { AccessBasis } from './patient-access';

/** A person's card for whoever the policy lets read it; every read is audited with its basis. */
export async function readPatientCard(
  deps: AccessDeps,
  principal: Principal,
  input: { patientId: string; origin: RequestOrigin },
): Promise<{ card: PatientCard; basis: AccessBasis }> {
  const { patientId, origin } = input;
  const basis = await authorizePatient(deps, principal, patientId, 'read', origin);
  const now = deps.clock.now();
  return deps.access.transaction(async (repos) => {
    const card = await repos.patientCards.findCard(patientId);
    if (!card) throw new DomainError(AccessErrorCode.PATIENT_NOT_FOUND);
    await auditAllowed(repos, principal, { action: 'patient.read', patientId, basis, origin, at: now });
    return { card, basis };
  });
}
