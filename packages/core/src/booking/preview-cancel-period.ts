import type { Principal } from '../identity';
import { appointmentTargets } from '../notifications';
import type { CancelPeriodInput, ClinicCancellationDeps } from './booking.ports';
import { selectCancelledVisits, validateCancelPeriod } from './select-cancelled-visits';

/** A visit the cancellation would cancel: its time, the patient's name and where they would hear of it. */
export interface CancelPreviewVisit {
  appointmentId: string;
  startsAt: Date;
  patientName: string;
  /** The channels the cancellation message would go on (the recipient's addresses and preferences). */
  channels: ('sms' | 'email' | 'in_app' | 'push')[];
}

export interface CancelPeriodPreview {
  /** The clinic's zone, for showing the times as the clinic's. */
  timeZone: string;
  visits: CancelPreviewVisit[];
}

/**
 * The dry run of a clinic-side cancellation: validated as the cancellation is, the same selection of visits
 * (`selectCancelledVisits`), and for each the channels its message would take — nothing written, nothing sent.
 * The transaction only gives the selection its consistent read and is left without a change.
 */
export async function previewCancelPeriod(
  deps: Pick<ClinicCancellationDeps, 'store'>,
  principal: Principal,
  input: Omit<CancelPeriodInput, 'origin'>,
): Promise<CancelPeriodPreview> {
  const valid = validateCancelPeriod(input);
  return deps.store.transaction(async (repos) => {
    const { role, affected } = await selectCancelledVisits(repos, principal, {
      practitionerRoleId: input.practitionerRoleId,
      startsAt: valid.startsAt,
      endsAt: valid.endsAt,
    });
    const visits: CancelPreviewVisit[] = [];
    for (const appointment of affected) {
      const recipient = await repos.recipients.forPatient(
        appointment.patientId,
        appointment.bookedByAccountId,
      );
      visits.push({
        appointmentId: appointment.id,
        startsAt: appointment.startsAt,
        patientName: appointment.patientName,
        channels: appointmentTargets(recipient).map((target) => target.channel),
      });
    }
    return { timeZone: role.timeZone, visits };
  });
}
