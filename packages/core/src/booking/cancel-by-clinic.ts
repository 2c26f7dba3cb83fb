import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { enqueueAppointmentMessages, zoneLabel } from '../notifications';
import type { CancelPeriodInput, ClinicCancellationDeps, ClinicCancellationRepos } from './booking.ports';
import { formatLocalDateTime } from './local-time';
import { selectCancelledVisits, validateCancelPeriod } from './select-cancelled-visits';

/** How many alternative times the clinic-cancellation SMS names. */
export const CLINIC_CANCELLATION_ALTERNATIVES = 3;
/** Where a patient rebooks (the SMS names it). */
export const REBOOKING_LINK = '/appointments';

export interface CancelPeriodResult {
  exceptionId: string;
  cancelled: number;
  blockedSlots: number;
  appointments: { id: string; patientId: string }[];
}

const adminRoleOf = (principal: Principal) =>
  principal.roles.some((g) => g.role === 'system_admin') ? 'system_admin' : 'clinic_admin';

/**
 * Clinic-side cancellation (docs/domain.md rule 8): a clinic admin cancels a practitioner's day or period with a
 * reason. In one transaction: the absence is recorded, every booked or confirmed visit in it becomes
 * `cancelled_by_clinic`, every slot of the role in it is blocked, each patient gets an SMS (through the
 * outbox) with up to three alternative times and the rebooking link, and a rebooking priority for the
 * specialty at the clinic for `rebookPriorityHours`. Another clinic's role is "not found".
 */
export async function cancelPeriodByClinic(
  deps: ClinicCancellationDeps,
  principal: Principal,
  input: CancelPeriodInput,
): Promise<CancelPeriodResult> {
  const valid = validateCancelPeriod(input);
  return deps.store.transaction((repos) =>
    cancelPeriodIn(repos, deps, principal, {
      ...valid,
      practitionerRoleId: input.practitionerRoleId,
      origin: input.origin,
    }),
  );
}

/**
 * The cancellation's work on the caller's transaction: also run by the approval of a practitioner's absence
 * request (issue 12 item 2), so the decision and the cancellation commit together.
 */
export async function cancelPeriodIn(
  repos: ClinicCancellationRepos,
  deps: Pick<ClinicCancellationDeps, 'clock' | 'rebookPriorityHours'>,
  principal: Principal,
  input: {
    practitionerRoleId: string;
    kind: 'absence' | 'vacation' | 'sick_day';
    startsAt: Date;
    endsAt: Date;
    reason: string;
    origin: RequestOrigin;
  },
): Promise<CancelPeriodResult> {
  const valid = input;
  const reason = input.reason;
  const { role, affected } = await selectCancelledVisits(repos, principal, input);
  const now = deps.clock.now();
  const exception = await repos.cancellation.createException({
    practitionerRoleId: role.id,
    kind: valid.kind,
    startsAt: valid.startsAt,
    endsAt: valid.endsAt,
    reason,
    createdByAccountId: principal.accountId,
    at: now,
  });
  const changed = new Set(
    await repos.cancellation.cancelAppointments(
      affected.map((a) => a.id),
      reason,
      now,
    ),
  );
  const cancelled = affected.filter((a) => changed.has(a.id));
  const blockedSlots = await repos.cancellation.blockSlots(role.id, valid.startsAt, valid.endsAt, now);
  const earliest = new Date(now.getTime() + role.minNoticeMinutes * 60_000);
  const alternatives = cancelled.length
    ? await repos.cancellation.alternativeStarts(role, earliest, CLINIC_CANCELLATION_ALTERNATIVES)
    : [];
  const until = new Date(now.getTime() + deps.rebookPriorityHours * 3_600_000);
  const audit = {
    actorAccountId: principal.accountId,
    actorRole: adminRoleOf(principal),
    ip: input.origin.ip,
    userAgent: input.origin.userAgent,
    occurredAt: now,
  };
  for (const appointment of cancelled) {
    await repos.cancellation.grantRebookingPriority({
      patientId: appointment.patientId,
      specialtyCode: role.specialtyCode,
      organizationId: role.organizationId,
      until,
      sourceAppointmentId: appointment.id,
    });
    await repos.audit.record({
      ...audit,
      action: AuditAction.APPOINTMENT_CANCEL,
      outcome: 'success',
      subjectPatientId: appointment.patientId,
      recordType: 'appointment',
      recordId: appointment.id,
      reason,
      details: {
        by: 'clinic',
        scheduleExceptionId: exception.id,
        practitionerRoleId: role.id,
        organizationId: role.organizationId,
        slotId: appointment.slotId,
        rebookingPriorityUntil: until.toISOString(),
      },
    });
    // Not the person's own action: an SMS written at night waits for their morning.
    await enqueueAppointmentMessages(
      repos,
      {
        event: 'booking.cancelled_by_clinic',
        template: 'booking_cancelled_by_clinic',
        appointmentId: appointment.id,
        patientId: appointment.patientId,
        bookedByAccountId: appointment.bookedByAccountId,
        timeZone: role.timeZone,
        payload: {
          appointmentId: appointment.id,
          appointmentCode: appointment.code,
          at: formatLocalDateTime(appointment.startsAt, role.timeZone),
          zone: zoneLabel(role.timeZone, appointment.startsAt),
          clinic: role.organizationName,
          alternatives: alternatives.map((start) => formatLocalDateTime(start, role.timeZone)).join('; '),
          link: REBOOKING_LINK,
        },
        isRecipientAction: false,
      },
      now,
    );
  }
  await repos.audit.record({
    ...audit,
    action: AuditAction.SCHEDULE_EXCEPTION_CHANGE,
    outcome: 'success',
    recordType: 'schedule_exception',
    recordId: exception.id,
    reason,
    details: {
      operation: 'cancel_period',
      kind: valid.kind,
      practitionerRoleId: role.id,
      organizationId: role.organizationId,
      startsAt: valid.startsAt.toISOString(),
      endsAt: valid.endsAt.toISOString(),
      cancelled: cancelled.length,
      blockedSlots,
    },
  });
  return {
    exceptionId: exception.id,
    cancelled: cancelled.length,
    blockedSlots,
    appointments: cancelled.map((a) => ({ id: a.id, patientId: a.patientId })),
  };
}
