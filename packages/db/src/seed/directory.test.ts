import type { OrganizationKind, Specialty } from '@talon/core/directory';
import { parseOgrn } from '@talon/core/identifiers';
import { describe, expect, it } from 'vitest';
import { generateDirectory } from './directory';
import { KALININGRAD, KAMCHATKA, MOSCOW } from './places';
import { SEED_PROFILES } from './profiles';
import { MIN_SELF_BOOKING_STAFF } from './staff';
import { SPECIALTIES } from './staffing';

const small = generateDirectory(SEED_PROFILES.small, 1);
const DEMO_REGIONS = [MOSCOW, KALININGRAD, KAMCHATKA];
// A record, so that a kind added to core and missing here fails to compile.
const EVERY_KIND: Record<OrganizationKind, true> = {
  polyclinic: true,
  children_polyclinic: true,
  hospital: true,
  dental: true,
  womens_clinic: true,
  diagnostic_centre: true,
};
const ALL_KINDS = Object.keys(EVERY_KIND);

/** Where a specialty may be practised, written independently of the staff table. */
function fits(specialty: Specialty, kind: OrganizationKind): boolean {
  if (specialty.code === 'obstetrician-gynecologist') return kind === 'womens_clinic';
  if (specialty.code.includes('dentist'))
    return kind === 'dental' || (specialty.ageGroup === 'child' && kind === 'children_polyclinic');
  if (kind === 'dental') return false;
  if (specialty.ageGroup === 'child') return kind === 'children_polyclinic';
  if (specialty.ageGroup === 'adult' && kind === 'children_polyclinic') return false;
  if (specialty.kind === 'service') return true;
  return kind !== 'womens_clinic';
}

const distanceKm = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

describe('generateDirectory (small)', () => {
  const clinicById = new Map(small.clinics.map((c) => [c.id, c]));

  it('has about 30 clinics of every kind in each of Moscow, Kaliningrad and Kamchatka', () => {
    expect(small.clinics.length).toBeGreaterThanOrEqual(25);
    expect(small.clinics.length).toBeLessThanOrEqual(35);
    for (const region of DEMO_REGIONS) {
      const kinds = new Set(small.clinics.filter((c) => c.regionCode === region.code).map((c) => c.kind));
      expect([...kinds].sort()).toEqual([...ALL_KINDS].sort());
    }
    expect(small.practitioners.length).toBeGreaterThanOrEqual(150);
    expect(small.practitioners.length).toBeLessThanOrEqual(260);
  });

  it('gives every self-booking specialty two practitioners or more in every region, at fitting clinics', () => {
    for (const region of DEMO_REGIONS) {
      for (const specialty of SPECIALTIES.filter((s) => s.selfBooking)) {
        const people = new Set(
          small.roles
            .filter(
              (r) =>
                r.specialtyCode === specialty.code &&
                clinicById.get(r.organizationId)?.regionCode === region.code,
            )
            .map((r) => r.practitionerId),
        );
        expect(people.size, `${specialty.code} in ${region.code}`).toBeGreaterThanOrEqual(
          MIN_SELF_BOOKING_STAFF,
        );
      }
    }
  });

  it('puts every role at a clinic of a fitting kind, in one of its rooms, at most once per clinic', () => {
    const specialtyByCode = new Map(SPECIALTIES.map((s) => [s.code, s]));
    const keys = new Set<string>();
    for (const role of small.roles) {
      const clinic = clinicById.get(role.organizationId);
      const specialty = specialtyByCode.get(role.specialtyCode);
      expect(clinic && specialty).toBeTruthy();
      if (!clinic || !specialty) continue;
      expect(fits(specialty, clinic.kind), `${specialty.code} at ${clinic.kind}`).toBe(true);
      if (role.locationId) expect(clinic.locations.map((l) => l.id)).toContain(role.locationId);
      keys.add(`${role.practitionerId}|${role.organizationId}|${role.specialtyCode}`);
    }
    expect(keys.size).toBe(small.roles.length);
  });

  it('spreads referral-only specialties over every region and has practitioners in two clinics', () => {
    const referralOnly = SPECIALTIES.filter((s) => s.referralRequired && s.kind === 'doctor');
    for (const region of DEMO_REGIONS) {
      const offered = new Set(
        small.roles
          .filter((r) => clinicById.get(r.organizationId)?.regionCode === region.code)
          .map((r) => r.specialtyCode),
      );
      for (const specialty of referralOnly)
        expect(offered, `${specialty.code} in ${region.code}`).toContain(specialty.code);
    }
    const clinicsOf = new Map<string, Set<string>>();
    for (const role of small.roles) {
      clinicsOf.set(
        role.practitionerId,
        (clinicsOf.get(role.practitionerId) ?? new Set()).add(role.organizationId),
      );
    }
    expect([...clinicsOf.values()].filter((clinics) => clinics.size > 1).length).toBeGreaterThan(0);
    expect(clinicsOf.size).toBe(small.practitioners.length);
  });

  it('places clinics in their region: time zone, phone code, registry code, ОГРН, coordinates', () => {
    const codes = new Set(small.clinics.map((c) => c.registryCode));
    expect(codes.size).toBe(small.clinics.length);
    expect(new Set(small.clinics.map((c) => c.ogrn)).size).toBe(small.clinics.length);
    for (const clinic of small.clinics) {
      const region = DEMO_REGIONS.find((r) => r.code === clinic.regionCode);
      const city = region?.cities.find((c) => c.name === clinic.city);
      expect(city, clinic.name).toBeDefined();
      if (!region || !city) continue;
      expect(clinic.timeZone).toBe(region.timeZone);
      expect(clinic.registryCode).toMatch(new RegExp(`^${region.code}\\d{4}$`));
      expect(parseOgrn(clinic.ogrn), clinic.ogrn).toEqual({ ok: true, value: clinic.ogrn });
      expect(clinic.address.startsWith(city.addressPrefix)).toBe(true);
      expect(distanceKm(clinic, city.centre)).toBeLessThanOrEqual(city.radiusKm + 0.01);
      expect(clinic.phone).toMatch(/^\+7 \(\d{3,5}\) \d{1,3}-\d{2}-\d{2}$/);
      expect(clinic.phone.replace(/\D/g, '')).toHaveLength(11);
      expect(clinic.bookingHorizonDays).toBeLessThanOrEqual(30);
      expect(clinic.searchText).toBe(clinic.searchText.toLowerCase());
    }
    expect(small.clinics.find((c) => c.kind === 'polyclinic')?.timeZone).toBe('Europe/Moscow');
    expect(new Set(small.clinics.map((c) => c.timeZone))).toEqual(
      new Set(['Europe/Moscow', 'Europe/Kaliningrad', 'Asia/Kamchatka']),
    );
  });

  it('is deterministic: the same seed gives the same ids and data, another seed others', () => {
    const again = generateDirectory(SEED_PROFILES.small, 1);
    expect(again).toEqual(small);
    const other = generateDirectory(SEED_PROFILES.small, 2);
    const ids = new Set(small.clinics.map((c) => c.id));
    expect(other.clinics.some((c) => ids.has(c.id))).toBe(false);
    expect(other.practitioners[0]?.id).not.toBe(small.practitioners[0]?.id);
  });
});

describe('generateDirectory (large)', () => {
  it('builds about 300 clinics and 5 000 practitioners in Novosibirsk region', () => {
    const large = generateDirectory(SEED_PROFILES.large, 1);
    expect(large.clinics.length).toBe(300);
    expect(new Set(large.clinics.map((c) => c.regionCode))).toEqual(new Set(['54']));
    expect(large.practitioners.length).toBeGreaterThan(4_500);
    expect(large.practitioners.length).toBeLessThan(5_500);
    expect(new Set(large.clinics.map((c) => c.name)).size).toBe(large.clinics.length);
  });
});
