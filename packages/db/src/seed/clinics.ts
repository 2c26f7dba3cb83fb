import type { OpeningHoursEntry, OrganizationKind } from '@talon/core/directory';
import { normalizeForSearch, ogrnCheckDigit } from '@talon/core/identifiers';
import { randomAddress, randomLandline, randomPoint } from './addresses';
import type { City, RegionPlace } from './places';
import { type LocationSeed, openingHours, rooms } from './premises';
import type { Random } from './random';

export interface ClinicSeed {
  id: string;
  regionCode: string;
  registryCode: string;
  name: string;
  shortName: string;
  kind: OrganizationKind;
  address: string;
  lat: number;
  lon: number;
  timeZone: string;
  phone: string;
  /** A synthetic ОГРН with a valid check digit, one per registry code. */
  ogrn: string;
  website: string | null;
  openingHours: OpeningHoursEntry[];
  bookingHorizonDays: number;
  minNoticeMinutes: number;
  cancellationWindowHours: number;
  searchText: string;
  /** The town (not stored): patients attach to a clinic in their own town. */
  city: string;
  locations: LocationSeed[];
}

/**
 * A synthetic ОГРН of a clinic, derived from its registry code so the seed's random sequence stays as it was:
 * record kind 1, year 03, the region, tax office 00, the registry code's four digits as the record number,
 * and the check digit (`ogrnCheckDigit`). Unique because registry codes are.
 */
export function syntheticOgrn(regionCode: string, registryCode: string): string {
  const body = `103${regionCode.padStart(2, '0')}00${registryCode.slice(-4).padStart(5, '0')}`;
  return body + ogrnCheckDigit(body);
}

/** `count` clinics of a kind; in a given town (or spread by population) and, for a landmark, with its name. */
export interface ClinicPlanEntry {
  kind: OrganizationKind;
  count: number;
  city?: string;
  named?: { name: string; shortName: string; slug: string };
}

const KIND_NAMES: Record<OrganizationKind, { name: string; short: string; slug: string }> = {
  polyclinic: { name: 'Городская поликлиника', short: 'ГП', slug: 'gp' },
  children_polyclinic: { name: 'Детская городская поликлиника', short: 'ДГП', slug: 'dgp' },
  hospital: { name: 'Городская клиническая больница', short: 'ГКБ', slug: 'gkb' },
  dental: { name: 'Стоматологическая поликлиника', short: 'СП', slug: 'sp' },
  womens_clinic: { name: 'Женская консультация', short: 'ЖК', slug: 'zhk' },
  diagnostic_centre: { name: 'Консультативно-диагностический центр', short: 'КДЦ', slug: 'kdc' },
};

/**
 * The clinics of one region from a plan: names numbered like real ones («Городская поликлиника № 12», short
 * «ГП № 12»), registry codes (region + 4 digits), addresses and coordinates in their town, the region's time
 * zone, a landline of the town, opening hours, booking policy and a few rooms.
 */
export function generateClinics(
  random: Random,
  region: RegionPlace,
  plan: readonly ClinicPlanEntry[],
  options: { doctorRooms: [min: number, max: number] },
): ClinicSeed[] {
  const cityOf = (name?: string): City => {
    if (!name) return random.weighted(region.cities.map((c) => [c, c.weight] as const));
    const city = region.cities.find((c) => c.name === name);
    if (!city) throw new RangeError(`no town ${name} in region ${region.code}`);
    return city;
  };
  const placed = plan.flatMap((entry) =>
    Array.from({ length: entry.count }, () => ({ entry, city: cityOf(entry.city) })),
  );

  // Numbers are unique per kind within a naming scope (the capital's scope includes towns without a suffix).
  const scopeSize = new Map<string, number>();
  for (const { entry, city } of placed) {
    const key = `${entry.kind}|${city.nameSuffix}`;
    scopeSize.set(key, (scopeSize.get(key) ?? 0) + 1);
  }
  const usedNumbers = new Map<string, Set<number>>();
  const nextNumber = (key: string, inCapital: boolean): number => {
    const limit = Math.max((scopeSize.get(key) ?? 1) * 2, inCapital ? 30 : 4);
    const used = usedNumbers.get(key) ?? new Set<number>();
    usedNumbers.set(key, used);
    let number: number;
    do number = random.int(1, limit);
    while (used.has(number));
    used.add(number);
    return number;
  };
  const usedCodes = new Set<string>();

  return placed.map(({ entry, city }) => {
    const id = random.uuid();
    const kindName = KIND_NAMES[entry.kind];
    const number = entry.named ? 0 : nextNumber(`${entry.kind}|${city.nameSuffix}`, city.nameSuffix === '');
    const baseName = entry.kind === 'hospital' && city.nameSuffix ? 'Городская больница' : kindName.name;
    const baseShort = entry.kind === 'hospital' && city.nameSuffix ? 'ГБ' : kindName.short;
    const name = entry.named?.name ?? `${baseName} № ${number}${city.nameSuffix}`;
    const shortName = entry.named?.shortName ?? `${baseShort} № ${number}${city.nameSuffix}`;
    let registryCode: string;
    do registryCode = `${region.code}${String(random.int(0, 9999)).padStart(4, '0')}`;
    while (usedCodes.has(registryCode));
    usedCodes.add(registryCode);
    const address = randomAddress(random, city);
    const slug = entry.named?.slug ?? `${kindName.slug}${number}`;
    return {
      id,
      regionCode: region.code,
      registryCode,
      name,
      shortName,
      kind: entry.kind,
      address,
      ...randomPoint(random, city),
      timeZone: region.timeZone,
      phone: randomLandline(random, city),
      ogrn: syntheticOgrn(region.code, registryCode),
      website: random.chance(0.6) ? `https://${slug}.${city.slug}.example.ru` : null,
      openingHours: openingHours(random, entry.kind),
      bookingHorizonDays: random.weighted([
        [14, 0.8],
        [21, 0.1],
        [30, 0.1],
      ] as const),
      minNoticeMinutes: random.chance(0.8) ? 60 : 120,
      cancellationWindowHours: 24,
      searchText: normalizeForSearch(`${name} ${shortName} ${address}`),
      city: city.name,
      locations: rooms(random, { id, kind: entry.kind }, random.int(...options.doctorRooms)),
    };
  });
}
