import type { RoleGrant } from '../identity';
import type { SlotChannel, SlotStatus } from '../scheduling';
import { localDate } from '../shared';
import type { AgeGroup } from './age-group';
import { fitsAgeGroup } from './age-group';
import { type BookingWindowPolicy, isInsideBookingWindow } from './booking-window';

// Declared by scheduling, which makes the slots.
export type { SlotChannel };

/**
 * The channel a caller books through, and so the slots they are offered: the front desk and clinic
 * admins book through the registry, call-centre operators through the call centre, doctors and nurses
 * through the doctor channel (follow-ups, referrals), everyone else — patients and anonymous visitors —
 * through the internet.
 */
export function channelFor(roles: readonly RoleGrant[]): SlotChannel {
  if (roles.some((g) => g.role === 'registrar' || g.role === 'clinic_admin')) return 'registry';
  if (roles.some((g) => g.role === 'call_centre')) return 'call_centre';
  if (roles.some((g) => g.role === 'doctor' || g.role === 'nurse')) return 'doctor';
  return 'internet';
}

/**
 * Whether unreleased priority-quota slots (docs/domain.md rule 9) are offered: to privileged patients, and to
 * staff who book for them (registry, doctors); the booking itself checks the patient and audits a staff
 * override (rule 5a). Such slots are marked `isPriority` in the answer.
 */
export function seesPriorityQuota(roles: readonly RoleGrant[], subjectIsPrivileged: boolean): boolean {
  return subjectIsPrivileged || channelFor(roles) !== 'internet';
}

/** The facts of a slot that decide whether it is offered. */
export interface SlotFacts {
  startsAt: Date;
  status: SlotStatus;
  channels: readonly string[];
  isPriority: boolean;
  priorityReleasedAt: Date | null;
  heldByPatientId: string | null;
  heldUntil: Date | null;
  ageGroup: AgeGroup;
  timeZone: string;
  policy: BookingWindowPolicy;
}

/** Who is searching: the channel, the quota they see, and the person the visit is for, when known. */
export interface SearchAudience {
  channel: SlotChannel;
  seesPriority: boolean;
  /** Patients whose holds do not hide a slot: the person the visit is for, and the caller. */
  holderIds: readonly string[];
  /** The patient's birth date, `YYYY-MM-DD`, when known: age groups apply then. */
  birthDate: string | null;
}

/**
 * The rule of which slots a search offers, as a predicate over one slot. The repository runs the same
 * conditions in SQL (so that counts and pages are right); the unit tests pin the rule down here.
 */
export function isSlotOffered(slot: SlotFacts, audience: SearchAudience, now: Date): boolean {
  if (slot.status !== 'free') return false;
  if (!slot.channels.includes(audience.channel)) return false;
  const isReserved = slot.isPriority && (slot.priorityReleasedAt === null || slot.priorityReleasedAt > now);
  if (isReserved && !audience.seesPriority) return false;
  const isHeldByOther =
    slot.heldByPatientId !== null &&
    slot.heldUntil !== null &&
    slot.heldUntil > now &&
    !audience.holderIds.includes(slot.heldByPatientId);
  if (isHeldByOther) return false;
  if (!isInsideBookingWindow(slot.startsAt, now, slot.policy, slot.timeZone)) return false;
  if (
    audience.birthDate &&
    !fitsAgeGroup(slot.ageGroup, audience.birthDate, localDate(slot.startsAt, slot.timeZone))
  ) {
    return false;
  }
  return true;
}
