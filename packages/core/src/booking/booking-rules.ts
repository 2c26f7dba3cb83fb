import { BookingErrorCode } from './booking.errors';
import type {
  BookingChannel,
  BookingPolicy,
  PatientBookingFacts,
  ReferralFacts,
  SlotChannel,
  SlotFacts,
} from './booking.types';
import { daysBetween, localDate } from './local-time';

/** A rule's refusal: the code and the values its Russian explanation needs (never personal data). */
export interface Refusal {
  code: BookingErrorCode;
  params?: Record<string, string | number>;
}

const DAY_MS = 86_400_000;

/** The slot channel an appointment channel books through (a mobile app books as the internet does). */
export function slotChannelFor(channel: BookingChannel): SlotChannel {
  if (channel === 'mobile' || channel === 'api') return 'internet';
  return channel;
}

/** Rule 4: not in the past and not inside the clinic's minimum notice. */
export function checkNotice(slot: SlotFacts, now: Date): Refusal | null {
  const earliest = now.getTime() + slot.organization.minNoticeMinutes * 60_000;
  if (slot.startsAt.getTime() <= earliest) {
    return {
      code: BookingErrorCode.SLOT_IN_PAST,
      params: { minutes: slot.organization.minNoticeMinutes },
    };
  }
  return null;
}

/** Rule 4: the slot's local date is at most `bookingHorizonDays` after the clinic's local today. */
export function checkHorizon(slot: SlotFacts, now: Date): Refusal | null {
  const zone = slot.organization.timeZone;
  const ahead = daysBetween(localDate(now, zone), localDate(slot.startsAt, zone));
  if (ahead > slot.organization.bookingHorizonDays) {
    return { code: BookingErrorCode.BEYOND_HORIZON, params: { days: slot.organization.bookingHorizonDays } };
  }
  return null;
}

/** Rule 5: a slot is booked only through a channel it allows. */
export function checkChannel(slot: SlotFacts, channel: BookingChannel): Refusal | null {
  return slot.channels.includes(slotChannelFor(channel))
    ? null
    : { code: BookingErrorCode.CHANNEL_NOT_ALLOWED };
}

/**
 * Rule 3a: `noShowLimit` no-shows within `noShowWindowDays` suspend online self-booking until
 * `noShowSuspensionDays` after the last of them. Returns the end of the suspension, or null.
 */
export function noShowSuspendedUntil(
  noShowStarts: readonly Date[],
  now: Date,
  policy: BookingPolicy,
): Date | null {
  const windowStart = now.getTime() - policy.noShowWindowDays * DAY_MS;
  const recent = noShowStarts
    .map((d) => d.getTime())
    .filter((t) => t > windowStart && t <= now.getTime())
    .sort((a, b) => a - b);
  if (recent.length < policy.noShowLimit) return null;
  const until = recent.at(-1)! + policy.noShowSuspensionDays * DAY_MS;
  return until > now.getTime() ? new Date(until) : null;
}

/** Rule 3a applies to self-booking only: the registry (front desk, call centre) may still book. */
export function checkNoShow(
  patient: PatientBookingFacts,
  channel: BookingChannel,
  now: Date,
  policy: BookingPolicy,
  timeZone: string,
): Refusal | null {
  if (channel === 'registry' || channel === 'call_centre' || channel === 'doctor') return null;
  const until = noShowSuspendedUntil(patient.noShowStarts, now, policy);
  if (!until) return null;
  const [y, m, d] = localDate(until, timeZone).split('-');
  return {
    code: BookingErrorCode.NO_SHOW_SUSPENDED,
    params: { until: `${d}.${m}.${y}`, count: policy.noShowLimit },
  };
}

/** Rule 5: `attachmentRequired` specialties (therapist, paediatrician, GP) only at the attached clinic. */
export function checkAttachment(slot: SlotFacts, patient: PatientBookingFacts): Refusal | null {
  if (!slot.specialty.attachmentRequired) return null;
  return patient.attachedOrganizationId === slot.organizationId
    ? null
    : { code: BookingErrorCode.NOT_ATTACHED };
}

/** True when the referral lets this patient book this slot: theirs, same specialty, valid, unused. */
export function isReferralUsable(referral: ReferralFacts, patientId: string, slot: SlotFacts, now: Date) {
  return (
    referral.patientId === patientId &&
    referral.specialtyCode === slot.specialtyCode &&
    referral.cancelledAt === null &&
    referral.usedByAppointmentId === null &&
    referral.validUntil >= localDate(now, slot.organization.timeZone)
  );
}

/**
 * Rule 5: `referralRequired` specialties need a usable referral; so does self-booking a specialty that
 * does not allow self-booking. A referral for another specialty, expired or used, counts as none.
 */
export function checkReferral(
  slot: SlotFacts,
  patientId: string,
  referral: ReferralFacts | null,
  channel: BookingChannel,
  now: Date,
): Refusal | null {
  const isSelfBooking = slotChannelFor(channel) === 'internet' || channel === 'infomat';
  const needsReferral = slot.specialty.referralRequired || (isSelfBooking && !slot.specialty.selfBooking);
  if (!needsReferral) return null;
  return referral && isReferralUsable(referral, patientId, slot, now)
    ? null
    : { code: BookingErrorCode.REFERRAL_REQUIRED };
}

/**
 * Rule 9: a priority slot before its release is for privileged patients only — and (rule 8) for a patient
 * whose visit of this specialty the clinic cancelled, while their rebooking priority lasts.
 */
export function checkPriorityQuota(
  slot: SlotFacts,
  patient: PatientBookingFacts,
  now: Date,
  hasRebookingPriority = false,
): Refusal | null {
  if (!slot.isPriority || patient.privilegedCategory || hasRebookingPriority) return null;
  const isReleased = slot.priorityReleasedAt !== null && slot.priorityReleasedAt.getTime() <= now.getTime();
  return isReleased ? null : { code: BookingErrorCode.PRIORITY_QUOTA };
}

/**
 * The specialty limit for a slot's region and specialty: an exact region+specialty rule, then any region for
 * the specialty, then the region for any specialty, then the installation's number.
 */
export function specialtyLimitFor(
  policy: BookingPolicy,
  slot: Pick<SlotFacts, 'regionCode' | 'specialtyCode'>,
): number {
  const find = (region: string, specialty: string) =>
    policy.specialtyLimits.find((r) => r.region === region && r.specialty === specialty)?.limit;
  return (
    find(slot.regionCode, slot.specialtyCode) ??
    find('*', slot.specialtyCode) ??
    find(slot.regionCode, '*') ??
    policy.specialtyLimit
  );
}

/** Rule 3: at most N active future appointments per specialty (a ward's count as theirs). */
export function checkSpecialtyLimit(
  patient: PatientBookingFacts,
  policy: BookingPolicy,
  slot: Pick<SlotFacts, 'regionCode' | 'specialtyCode'>,
): Refusal | null {
  const limit = specialtyLimitFor(policy, slot);
  return patient.activeInSpecialty >= limit
    ? { code: BookingErrorCode.SPECIALTY_LIMIT, params: { limit } }
    : null;
}

/** True when someone other than `patientIds` holds the slot and the hold has not expired. */
export function isHeldByOther(slot: SlotFacts, patientIds: readonly string[], now: Date): boolean {
  return (
    slot.heldByPatientId !== null &&
    slot.heldUntil !== null &&
    slot.heldUntil.getTime() > now.getTime() &&
    !patientIds.includes(slot.heldByPatientId)
  );
}

/** The slot-only rules (timing and channel), cheap enough to run before any patient look-up. */
export function slotRefusals(slot: SlotFacts, channel: BookingChannel, now: Date): Refusal[] {
  return [checkNotice(slot, now), checkHorizon(slot, now), checkChannel(slot, channel)].filter(
    (r): r is Refusal => r !== null,
  );
}

/** The patient rules, in the order the patient should fix them. */
export function patientRefusals(input: {
  slot: SlotFacts;
  patient: PatientBookingFacts;
  referral: ReferralFacts | null;
  channel: BookingChannel;
  now: Date;
  policy: BookingPolicy;
  /** Rule 8: the clinic cancelled this patient's visit of the slot's specialty at its clinic recently. */
  hasRebookingPriority?: boolean;
}): Refusal[] {
  const { slot, patient, referral, channel, now, policy } = input;
  return [
    checkNoShow(patient, channel, now, policy, slot.organization.timeZone),
    checkAttachment(slot, patient),
    checkReferral(slot, patient.id, referral, channel, now),
    checkPriorityQuota(slot, patient, now, input.hasRebookingPriority),
    checkSpecialtyLimit(patient, policy, slot),
  ].filter((r): r is Refusal => r !== null);
}
