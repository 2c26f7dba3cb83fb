import type { WeeklyTemplate } from '@talon/core/scheduling';
import type { Directory } from './directory';
import { createRandom } from './random';
import { SPECIALTIES } from './staffing';

/** A weekly template of a demo role. */
export interface ScheduleSeed extends WeeklyTemplate {
  id: string;
  practitionerRoleId: string;
}

/** Long before any run date, so every seeded template is in force whenever the demo starts. */
export const SEED_SCHEDULES_VALID_FROM = '2025-01-01';
/** Share of a doctor's slots held for privileged patients (docs/domain.md rule 9) until a day before the visit. */
export const SEED_PRIORITY_PERCENT = 10;

const ALL_CHANNELS = ['internet', 'registry', 'call_centre', 'doctor', 'infomat', 'other_clinic'] as const;
/** A referral-only specialist is booked by the referring doctor, the registry, another clinic or online. */
const REFERRAL_CHANNELS = ['internet', 'registry', 'doctor', 'other_clinic'] as const;
/** Nurses' rooms (blood tests, vaccination…) work four hours, without a break. */
const SERVICE_SHIFTS = [
  { start: '08:00', end: '12:00', breaks: [] },
  { start: '14:00', end: '18:00', breaks: [] },
] as const;
const SHIFTS = [
  { start: '08:00', end: '14:00', breaks: [{ start: '11:00', end: '11:30' }] },
  { start: '14:00', end: '20:00', breaks: [{ start: '17:00', end: '17:30' }] },
] as const;

const SPECIALTY_BY_CODE = new Map(SPECIALTIES.map((s) => [s.code, s]));

/**
 * One weekly template per practitioner role: Monday to Friday, a morning (08:00–14:00) or evening (14:00–20:00)
 * shift with a half-hour break — a doctor with two jobs works mornings in one clinic and evenings in the
 * other — service rooms 08:00–12:00 or 14:00–18:00; slot length from the specialty's legal norm; channels including the
 * internet, so every self-booking specialty can be booked online; 10 % priority slots for doctors. Pure and
 * deterministic: the same directory and seed give the same templates and ids, whatever the date.
 */
export function planSchedules(directory: Directory, seed: number): ScheduleSeed[] {
  const random = createRandom(seed, 'schedules');
  const shiftOfPractitioner = new Map<string, number>();
  return directory.roles.map((role) => {
    const specialty = SPECIALTY_BY_CODE.get(role.specialtyCode);
    if (!specialty) throw new Error(`unknown specialty ${role.specialtyCode} of role ${role.id}`);
    const isService = specialty.kind === 'service';
    // The second job of a practitioner takes the other shift, so their slots never collide.
    const previous = shiftOfPractitioner.get(role.practitionerId);
    const shift = previous === undefined ? random.int(0, 1) : 1 - previous;
    shiftOfPractitioner.set(role.practitionerId, shift);
    const hours = (isService ? SERVICE_SHIFTS : SHIFTS)[shift]!;
    return {
      id: random.uuid(),
      practitionerRoleId: role.id,
      validFrom: SEED_SCHEDULES_VALID_FROM,
      validTo: null,
      slotMinutes: specialty.defaultSlotMinutes === 30 ? 30 : 15,
      days: [1, 2, 3, 4, 5].map((weekday) => ({
        weekday,
        start: hours.start,
        end: hours.end,
        breaks: hours.breaks.map((b: { start: string; end: string }) => ({ ...b })),
      })),
      visitTypes: ['in_person'],
      channels: [...(specialty.referralRequired ? REFERRAL_CHANNELS : ALL_CHANNELS)],
      priorityPercent: isService ? 0 : SEED_PRIORITY_PERCENT,
      priorityReleaseHours: 24,
      locationId: null,
    };
  });
}
