import type { Principal } from '../identity';
import { SchedulingErrorCode, schedulingScopeOf, validateException } from '../scheduling';
import { DomainError } from '../shared';
import type {
  AffectedAppointment,
  CancellationRole,
  CancelPeriodInput,
  ClinicCancellationRepos,
} from './booking.ports';

/** A cancellation's period as validated: the kind (never extra hours), the instants and the reason. */
export interface ValidCancelPeriod {
  kind: 'absence' | 'vacation' | 'sick_day';
  startsAt: Date;
  endsAt: Date;
  reason: string;
}

/**
 * Checks a clinic-side cancellation's period as an exception (`SCHEDULE_EXCEPTION_INVALID` with field
 * errors) and requires its reason: shared by the cancellation and its dry run, so both refuse alike.
 */
export function validateCancelPeriod(input: Pick<CancelPeriodInput, 'from' | 'to' | 'reason' | 'kind'>) {
  const reason = input.reason?.trim() || null;
  const valid = validateException({
    kind: input.kind ?? 'absence',
    startsAt: input.from,
    endsAt: input.to,
    reason,
  });
  const { kind } = valid;
  if (!reason || kind === 'extra_hours') {
    throw new DomainError(SchedulingErrorCode.SCHEDULE_EXCEPTION_INVALID, {
      fieldErrors: [
        reason
          ? { field: 'body.kind', message: 'Вид отмены: отсутствие, отпуск или больничный' }
          : { field: 'body.reason', message: 'Укажите причину отмены приёма' },
      ],
    });
  }
  return { kind, startsAt: valid.startsAt, endsAt: valid.endsAt, reason } satisfies ValidCancelPeriod;
}

/**
 * The visits a clinic-side cancellation of the period cancels: the role (in the admin's scope — another
 * clinic's role is "not found"), locked, and its booked or confirmed visits starting in the period. The one
 * selection of both the cancellation and its preview, so the list the admin confirms is the list cancelled.
 */
export async function selectCancelledVisits(
  repos: Pick<ClinicCancellationRepos, 'cancellation'>,
  principal: Principal,
  input: { practitionerRoleId: string; startsAt: Date; endsAt: Date },
): Promise<{ role: CancellationRole; affected: AffectedAppointment[] }> {
  const scope = schedulingScopeOf(principal.roles);
  const role = await repos.cancellation.findRole(input.practitionerRoleId);
  if (!role || (scope.kind !== 'all' && !scope.organizationIds.includes(role.organizationId))) {
    throw new DomainError(SchedulingErrorCode.PRACTITIONER_ROLE_NOT_FOUND);
  }
  await repos.cancellation.lockRole(role.id);
  const affected = await repos.cancellation.activeAppointments(role.id, input.startsAt, input.endsAt);
  return { role, affected };
}
