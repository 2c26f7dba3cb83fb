import { AuditAction, type AuditLog } from '../audit';
import { type CancelPeriodResult, cancelPeriodIn } from '../booking';
import type { Principal, RequestOrigin } from '../identity';
import { schedulingScopeOf } from '../scheduling';
import { addDays, type Clock, DomainError, localDate, startOfLocalDay } from '../shared';
import { absenceDecisionComment } from './absence-decision';
import { PracticeErrorCode } from './practice.errors';
import type { AbsenceStore } from './practice.ports';
import type { AbsenceKind, AbsenceRequestStatus, AbsenceRequestView } from './practice.types';
import { practitionerScopeOf } from './practitioner-scope';

export interface AbsenceDeps {
  store: AbsenceStore;
  clock: Clock;
  /** How long patients of a cancelled visit may book priority-quota slots (BOOKING_REBOOK_PRIORITY_HOURS). */
  rebookPriorityHours: number;
}

/** An absence is asked for at most a year at a time. */
const MAX_ABSENCE_DAYS = 366;
/** The clinic-side cancellation's kind and the patients' reason (a sick leave is not told to patients). */
const CANCELLATION: Record<AbsenceKind, { kind: 'absence' | 'vacation' | 'sick_day'; reason: string }> = {
  vacation: { kind: 'vacation', reason: 'Отпуск врача' },
  training: { kind: 'absence', reason: 'Обучение врача' },
  sick_leave: { kind: 'sick_day', reason: 'Врач отсутствует' },
  other: { kind: 'absence', reason: 'Врач отсутствует' },
};

const actorRoleOf = (principal: Principal) => principal.roles[0]?.role ?? null;

/**
 * A practitioner asks to be away (issue 12 item 2): vacation, training, sick leave or other, for clinic-local
 * days `from`…`to` (both included), at one of their clinics (needed only when they work at several). It waits
 * for the clinic admin's decision; nothing is cancelled yet.
 */
export async function requestAbsence(
  deps: AbsenceDeps,
  principal: Principal,
  input: {
    kind: AbsenceKind;
    from: string;
    to: string;
    comment?: string | null;
    organizationId?: string | null;
    origin: RequestOrigin;
  },
): Promise<AbsenceRequestView> {
  const scope = practitionerScopeOf(principal);
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const roles = await repos.absences.activeRoles(scope);
    const at = input.organizationId ? roles.filter((r) => r.organizationId === input.organizationId) : roles;
    const clinics = new Set(at.map((r) => r.organizationId));
    if (clinics.size !== 1) {
      throw new DomainError(PracticeErrorCode.ABSENCE_CLINIC_REQUIRED, { field: 'body.organizationId' });
    }
    const role = (await repos.cancellation.findRole(at[0]!.id))!;
    const today = localDate(now, role.timeZone);
    const days = (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000 + 1;
    if (input.from < today || input.to < input.from || days > MAX_ABSENCE_DAYS) {
      throw new DomainError(PracticeErrorCode.ABSENCE_PERIOD_INVALID, {
        field: input.from < today ? 'body.from' : 'body.to',
      });
    }
    const request = await repos.absences.create({
      practitionerRoleId: role.id,
      requestedByAccountId: principal.accountId,
      kind: input.kind,
      from: input.from,
      to: input.to,
      comment: input.comment?.trim() || null,
      at: now,
    });
    await auditAbsence(
      repos,
      principal,
      { requestId: request.id, origin: input.origin, at: now },
      { operation: 'absence_request', kind: input.kind, from: input.from, to: input.to },
    );
    return request;
  });
}

/** The practitioner's own absence requests, newest first; an account with no practitioner behind it has none. */
export async function listOwnAbsences(
  deps: AbsenceDeps,
  principal: Principal,
): Promise<AbsenceRequestView[]> {
  const { practitionerId } = principal;
  if (!practitionerId) return [];
  return deps.store.transaction((repos) => repos.absences.listOwn(practitionerId));
}

/** A clinic admin's list: the requests of their clinics (a system admin: every clinic) or of one, by status. */
export async function listAbsenceRequests(
  deps: AbsenceDeps,
  principal: Principal,
  input: { status?: AbsenceRequestStatus | null; organization?: string | null },
): Promise<AbsenceRequestView[]> {
  const scope = schedulingScopeOf(principal.roles);
  const own = scope.kind === 'all' ? null : scope.organizationIds;
  if (!input.organization) {
    return deps.store.transaction((repos) => repos.absences.listForClinics(own, input.status ?? null));
  }
  // One clinic asked for: only within the caller's scope (another clinic's requests are simply none).
  if (own !== null && !own.includes(input.organization)) return [];
  const clinic = [input.organization];
  return deps.store.transaction((repos) => repos.absences.listForClinics(clinic, input.status ?? null));
}

/**
 * The clinic admin decides a request once. An approval runs the clinic-side cancellation of the period
 * (docs/domain.md rule 8: the visits cancelled with notices and a rebooking priority, every slot blocked) in
 * the same transaction as the decision: both happen, or neither. A request of another clinic is not found.
 */
export async function decideAbsenceRequest(
  deps: AbsenceDeps,
  principal: Principal,
  input: {
    id: string;
    decision: 'approve' | 'reject';
    /** Required to refuse (`comment` is its older name, still accepted). */
    reason?: string | null;
    comment?: string | null;
    origin: RequestOrigin;
  },
): Promise<{ request: AbsenceRequestView; cancellation: CancelPeriodResult | null }> {
  const scope = schedulingScopeOf(principal.roles);
  const comment = absenceDecisionComment(input.decision, input.reason ?? input.comment);
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const request = await repos.absences.find(input.id);
    if (!request || (scope.kind !== 'all' && !scope.organizationIds.includes(request.organization.id))) {
      throw new DomainError(PracticeErrorCode.ABSENCE_REQUEST_NOT_FOUND);
    }
    const status = input.decision === 'approve' ? 'approved' : 'rejected';
    const changed = await repos.absences.decide(request.id, {
      status,
      byAccountId: principal.accountId,
      at: now,
      comment,
    });
    if (!changed) throw new DomainError(PracticeErrorCode.ABSENCE_REQUEST_DECIDED);
    await auditAbsence(
      repos,
      principal,
      { requestId: request.id, origin: input.origin, at: now },
      { operation: 'absence_decision', status },
    );
    const { timeZone } = request.organization;
    const cancellation =
      status === 'approved'
        ? await cancelPeriodIn(repos, deps, principal, {
            practitionerRoleId: request.practitionerRoleId,
            kind: CANCELLATION[request.kind].kind,
            reason: CANCELLATION[request.kind].reason,
            startsAt: startOfLocalDay(request.from, timeZone),
            endsAt: startOfLocalDay(addDays(request.to, 1), timeZone),
            origin: input.origin,
          })
        : null;
    return { request: (await repos.absences.find(request.id))!, cancellation };
  });
}

/** The audit entry of an absence request's change (a schedule exception in the making). */
function auditAbsence(
  repos: { audit: AuditLog },
  principal: Principal,
  change: { requestId: string; origin: RequestOrigin; at: Date },
  details: Record<string, unknown>,
) {
  return repos.audit.record({
    actorAccountId: principal.accountId,
    actorRole: actorRoleOf(principal),
    action: AuditAction.SCHEDULE_EXCEPTION_CHANGE,
    recordType: 'absence_request',
    recordId: change.requestId,
    outcome: 'success',
    ip: change.origin.ip,
    userAgent: change.origin.userAgent,
    details,
    occurredAt: change.at,
  });
}
