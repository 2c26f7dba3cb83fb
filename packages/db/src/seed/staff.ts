import type { Specialty } from '@talon/core/directory';
import { REFERENCE_DATE, yearsBefore } from './calendar';
import type { ClinicSeed } from './clinics';
import { generatePractitioner, type PractitionerSeed } from './practitioners';
import type { Random } from './random';
import { clinicKindsFor, SPECIALTIES, STAFF_TABLE } from './staffing';

export interface PractitionerRoleSeed {
  id: string;
  practitionerId: string;
  organizationId: string;
  specialtyCode: string;
  locationId: string | null;
  /** The first day at the clinic: the first job since the start of the career, a second job three years ago. */
  employedSince: string;
}

export interface Staff {
  practitioners: PractitionerSeed[];
  roles: PractitionerRoleSeed[];
}

/** Every self-booking specialty has at least this many people in every region, so a patient has a choice. */
export const MIN_SELF_BOOKING_STAFF = 2;
/** Share of staff positions filled by someone who already works at another clinic of the region. */
const SECOND_JOB_SHARE = 0.12;

const SECOND_JOB_YEARS = 3;

const employedSince = (practitioner: PractitionerSeed, isSecondJob: boolean): string => {
  const secondJobSince = yearsBefore(REFERENCE_DATE, SECOND_JOB_YEARS, 0);
  return isSecondJob && secondJobSince > practitioner.experienceSince
    ? secondJobSince
    : practitioner.experienceSince;
};

const SPECIALTY_BY_CODE = new Map(SPECIALTIES.map((s) => [s.code, s]));

/**
 * Staffs the clinics of one region: each clinic gets its kind's staff table scaled by `scale` (1 = a real
 * clinic), some positions go to people who already work elsewhere in the region (a practitioner in two
 * clinics), and then every specialty practised in the region is topped up to its minimum — two people for a
 * self-booking specialty, one for a referral-only one — at clinics of a fitting kind.
 */
export function staffRegion(
  random: Random,
  clinics: readonly ClinicSeed[],
  scale: number,
  staff: Staff,
): void {
  const byCode = new Map<string, { practitioner: PractitionerSeed; clinicIds: string[] }[]>();

  const fill = (clinic: ClinicSeed, specialty: Specialty) => {
    const colleagues = byCode.get(specialty.code) ?? [];
    byCode.set(specialty.code, colleagues);
    const movable = colleagues.filter((c) => c.clinicIds.length === 1 && !c.clinicIds.includes(clinic.id));
    let member = movable.length > 0 && random.chance(SECOND_JOB_SHARE) ? random.pick(movable) : undefined;
    if (!member) {
      member = { practitioner: generatePractitioner(random, specialty, clinic), clinicIds: [] };
      colleagues.push(member);
      staff.practitioners.push(member.practitioner);
    }
    member.clinicIds.push(clinic.id);
    const serviceRoom = clinic.locations.find((l) => l.serviceCode === specialty.code);
    const doctorRooms = clinic.locations.filter((l) => l.serviceCode === null);
    const room =
      serviceRoom ?? (doctorRooms.length > 0 && random.chance(0.5) ? random.pick(doctorRooms) : undefined);
    staff.roles.push({
      id: random.uuid(),
      practitionerId: member.practitioner.id,
      organizationId: clinic.id,
      specialtyCode: specialty.code,
      locationId: room?.id ?? null,
      employedSince: employedSince(member.practitioner, member.clinicIds.length > 1),
    });
  };

  for (const clinic of clinics) {
    for (const [code, perClinic] of Object.entries(STAFF_TABLE[clinic.kind])) {
      const specialty = SPECIALTY_BY_CODE.get(code);
      if (!specialty) continue; // a specialty dropped from the reference list
      const expected = perClinic * scale;
      const count = Math.floor(expected) + (random.chance(expected % 1) ? 1 : 0);
      for (let i = 0; i < count; i++) fill(clinic, specialty);
    }
  }

  for (const specialty of SPECIALTIES) {
    const kinds = clinicKindsFor(specialty.code);
    const fitting = clinics.filter((c) => kinds.includes(c.kind));
    const minimum = specialty.selfBooking ? MIN_SELF_BOOKING_STAFF : 1;
    if (fitting.length === 0) {
      if (specialty.selfBooking) throw new Error(`no clinic for ${specialty.code} in the plan of a region`);
      continue;
    }
    const staffed = () => byCode.get(specialty.code)?.length ?? 0;
    while (staffed() < minimum) {
      // Prefer a clinic that does not offer the specialty yet, so that the choice is between clinics too.
      const offering = new Set(byCode.get(specialty.code)?.flatMap((c) => c.clinicIds) ?? []);
      const fresh = fitting.filter((c) => !offering.has(c.id));
      fill(random.pick(fresh.length > 0 ? fresh : fitting), specialty);
    }
  }
}
