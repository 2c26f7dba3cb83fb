import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { AccessErrorCode } from './access.errors';
import type { EmergencyAccessRecord } from './access.ports';
import type { AccessDeps } from './authorize-patient';

/** How long "break the glass" opens a record for: long enough for an emergency, short enough to matter. */
export const EMERGENCY_ACCESS_MINUTES = 60;
const MIN_REASON = 10;

/**
 * Emergency access (docs/domain.md rule 16): a practitioner opens a record outside any care relation by giving a
 * reason; the grant is time-limited, audited and listed in the emergency-access report.
 */
export async function grantEmergencyAccess(
  deps: AccessDeps,
  principal: Principal,
  input: { patientId: string; reason: string; origin: RequestOrigin },
): Promise<{ expiresAt: Date }> {
  const reason = input.reason.trim();
  if (reason.length < MIN_REASON) {
    throw new DomainError(AccessErrorCode.EMERGENCY_REASON_REQUIRED, {
      field: 'body.reason',
      params: { min: MIN_REASON },
    });
  }
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + EMERGENCY_ACCESS_MINUTES * 60_000);
  return deps.access.transaction(async (repos) => {
    const facts = await repos.accessFacts.factsFor(principal, input.patientId, now);
    if (!facts.exists) throw new DomainError(AccessErrorCode.PATIENT_NOT_FOUND);
    const id = await repos.emergencyAccesses.grant({
      accountId: principal.accountId,
      patientId: input.patientId,
      reason,
      at: now,
      expiresAt,
    });
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: principal.roles[0]?.role ?? null,
      subjectPatientId: input.patientId,
      action: 'access.emergency',
      recordType: 'emergency_access',
      recordId: id,
      outcome: 'success',
      // The reason may describe the patient: it stays with the grant, encrypted (docs/domain.md rule 18).
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { expiresAt: expiresAt.toISOString() },
      occurredAt: now,
    });
    return { expiresAt };
  });
}

/**
 * The emergency-access report: system admins see all; clinic admins the grants of their organizations'
 * staff and every grant on a patient attached to their organizations, whoever made it — so emergency
 * access by staff of another clinic is visible to the patient's clinic (issue 15 item 7). Reading it is
 * audited with the grants and people it showed (it names who opened whose record, and why).
 */
export async function reportEmergencyAccesses(
  deps: AccessDeps,
  principal: Principal,
  input: { from: Date; to: Date; origin: RequestOrigin },
): Promise<EmergencyAccessRecord[]> {
  const isSystemAdmin = principal.roles.some((g) => g.role === 'system_admin');
  const organizationIds = isSystemAdmin
    ? null
    : principal.roles
        .filter((g) => g.role === 'clinic_admin' && g.organizationId)
        .map((g) => g.organizationId as string);
  return deps.access.transaction(async (repos) => {
    const records = await repos.emergencyAccesses.report({ from: input.from, to: input.to, organizationIds });
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: principal.roles[0]?.role ?? null,
      action: 'access.emergency_report',
      recordType: 'emergency_access',
      outcome: 'success',
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: {
        from: input.from.toISOString(),
        to: input.to.toISOString(),
        grantIds: records.map((r) => r.id),
        patientIds: [...new Set(records.map((r) => r.patientId))],
      },
      occurredAt: deps.clock.now(),
    });
    return records;
  });
}
