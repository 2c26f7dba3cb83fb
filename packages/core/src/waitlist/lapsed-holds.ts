import { formatLocalDateTime } from '../booking';
import { enqueueAppointmentMessages } from '../notifications';
import type { LapsedHold, WaitlistRepos } from './waitlist.ports';

/** How far back a sweep looks for lapsed holds: several missed runs still reach every hold once. */
export const LAPSED_HOLD_LOOKBACK_MS = 15 * 60_000;
/** A notice about a time someone left unbooked is stale after this: push held past it is dropped. */
const NOTICE_LIFETIME_MS = 2 * 60 * 60_000;

/** The time choice the person left, to pick a time again (the same doctor, clinic and specialty). */
export function rebookPath(hold: Pick<LapsedHold, 'practitionerId' | 'organizationId' | 'specialtyCode'>) {
  const query = new URLSearchParams({
    practitioner: hold.practitionerId,
    organization: hold.organizationId,
    specialty: hold.specialtyCode,
  });
  return `/book?${query.toString()}`;
}

/**
 * A hold ran out before «Записаться» (the phone locked, a call came): the person hears it in the app and by
 * push, with a way back to the time choice — not by SMS or email, which would be noise for a choice they may
 * have dropped on purpose. Once per hold (the slot and the hold's end make the event id).
 */
export async function enqueueLapsedHoldMessage(repos: WaitlistRepos, hold: LapsedHold, now: Date) {
  await enqueueAppointmentMessages(
    repos,
    {
      event: 'slot.hold_expired',
      template: 'hold_expired',
      appointmentId: `${hold.slotId}:${hold.heldUntil.toISOString()}`,
      patientId: hold.patientId,
      bookedByAccountId: null,
      timeZone: hold.timeZone,
      payload: {
        at: formatLocalDateTime(hold.startsAt, hold.timeZone),
        clinic: hold.organizationName,
        specialty: hold.specialtyName,
        link: rebookPath(hold),
      },
      isRecipientAction: false,
      expiresAt: new Date(hold.heldUntil.getTime() + NOTICE_LIFETIME_MS),
      channels: ['in_app', 'push'],
    },
    now,
  );
}
