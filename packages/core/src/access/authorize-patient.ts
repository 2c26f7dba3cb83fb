import type { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import type { Clock } from '../shared';
import { DomainError } from '../shared';
import { AccessErrorCode } from './access.errors';
import type { AccessRepos, AccessStore } from './access.ports';
import type { RecordView } from './access.types';
import {
  type AccessBasis,
  type AccessContext,
  decidePatientAccess,
  type PatientPurpose,
} from './patient-access';

export interface AccessDeps {
  access: AccessStore;
  clock: Clock;
}

/** What the policy granted: why, and how much of the record the caller sees. */
export interface AccessGrant {
  basis: AccessBasis;
  view: RecordView;
}

/**
 * Asks the access policy whether the caller may act on a person's records, in the context of a clinic
 * when the action concerns one (the slot booked, the appointment read or changed). A refusal is audited
 * (outside the refused work, so it stays) and answered as "not found": nobody learns whether the record
 * exists.
 */
export async function authorizePatientAccess(
  deps: AccessDeps,
  principal: Principal,
  patientId: string,
  purpose: PatientPurpose,
  origin: RequestOrigin,
  context?: AccessContext,
): Promise<AccessGrant> {
  const now = deps.clock.now();
  const decision = await deps.access.transaction(async (repos) =>
    decidePatientAccess(
      principal,
      patientId,
      purpose,
      await repos.accessFacts.factsFor(principal, patientId, now, context),
      now,
    ),
  );
  if (decision.allowed) return { basis: decision.basis, view: decision.view };
  await deps.access.transaction((repos) =>
    repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: principal.roles[0]?.role ?? null,
      subjectPatientId: patientId,
      action: 'access.denied',
      recordType: 'patient',
      recordId: patientId,
      outcome: 'denied',
      reason: purpose,
      ip: origin.ip,
      userAgent: origin.userAgent,
      ...(context ? { details: { organizationId: context.organizationId } } : {}),
      occurredAt: now,
    }),
  );
  throw new DomainError(AccessErrorCode.PATIENT_NOT_FOUND);
}

/** `authorizePatientAccess` when only the basis matters (an action, or a read that is medical anyway). */
export async function authorizePatient(
  ...args: Parameters<typeof authorizePatientAccess>
): Promise<AccessBasis> {
  return (await authorizePatientAccess(...args)).basis;
}

/** An audit entry for an allowed action on a person's records. */
export function auditAllowed(
  repos: Pick<AccessRepos, 'audit'>,
  principal: Principal,
  entry: {
    action: AuditAction;
    patientId: string;
    basis: AccessBasis;
    origin: RequestOrigin;
    at: Date;
    recordType?: string;
    recordId?: string;
    reason?: string | null;
    details?: Record<string, unknown>;
  },
) {
  return repos.audit.record({
    actorAccountId: principal.accountId,
    actorRole: principal.roles[0]?.role ?? null,
    subjectPatientId: entry.patientId,
    onBehalfOfPatientId:
      entry.basis === 'representative' || entry.basis === 'booking_consent' ? principal.patientId : null,
    action: entry.action,
    recordType: entry.recordType ?? 'patient',
    recordId: entry.recordId ?? entry.patientId,
    outcome: 'success',
    reason: entry.reason ?? null,
    ip: entry.origin.ip,
    userAgent: entry.origin.userAgent,
    details: { basis: entry.basis, ...entry.details },
    occurredAt: entry.at,
  });
}

/**
 * The audit entry of a record written for a patient (a visit, a prescription, a referral, a document), and
 * on what basis the writer may write it.
 */
export function auditRecordCreated(
  repos: Pick<AccessRepos, 'audit'>,
  principal: Principal,
  record: { type: string; id: string; at: Date; details?: Record<string, unknown> },
  access: { patientId: string; basis: AccessBasis; origin: RequestOrigin },
) {
  return auditAllowed(repos, principal, {
    ...access,
    action: 'record.create',
    recordType: record.type,
    recordId: record.id,
    at: record.at,
    details: record.details,
  });
}
