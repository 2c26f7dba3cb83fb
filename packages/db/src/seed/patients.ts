import type { OrganizationKind } from '@talon/core/directory';
import { randomAddress } from './addresses';
import { birthDateForAge, laterOf, REFERENCE_DATE, randomDateBetween, yearsBefore } from './calendar';
import type { ClinicSeed } from './clinics';
import { createIdentifierSource } from './identifiers';
import { randomPersonName, type Sex, transliterate } from './names';
import type { City } from './places';
import type { RegionPlan, SeedProfile } from './profiles';
import { createRandom, type Random } from './random';

/** A patient before encryption: `snils` and `oms` are plaintext here and never stored as such. */
export interface PatientSeed {
  id: string;
  surname: string;
  name: string;
  patronymic: string;
  birthDate: string;
  sex: Sex;
  snils: string;
  oms: string;
  phone: string | null;
  email: string | null;
  address: string;
  regionCode: string;
  attachedOrganizationId: string | null;
  attachmentDistrict: string | null;
  attachedSince: string | null;
  privilegedCategory: string | null;
}

const CHILD_SHARE = 0.2;
/** Adults by age band, roughly the Russian population pyramid. */
const ADULT_AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[18, 34], 0.28],
  [[35, 54], 0.33],
  [[55, 74], 0.29],
  [[75, 95], 0.1],
];

function privilegedCategory(random: Random, age: number): string | null {
  if (age >= 60) {
    if (!random.chance(0.32)) return null;
    return random.weighted([
      ['pensioner', 0.75],
      ['disabled', 0.15],
      ['veteran', 0.1],
    ] as const);
  }
  return random.chance(age >= 18 ? 0.03 : 0.02) ? 'disabled' : null;
}

/** Clinics a patient of a town attaches to: the town's own, or any of the region when the town has none. */
function attachmentTargets(clinics: readonly ClinicSeed[], kind: OrganizationKind) {
  const ofKind = clinics.filter((c) => c.kind === kind);
  const byCity = new Map<string, ClinicSeed[]>();
  return (city: City): ClinicSeed[] => {
    let targets = byCity.get(city.name);
    if (!targets) {
      const local = ofKind.filter((c) => c.city === city.name);
      targets = local.length > 0 ? local : ofKind;
      byCity.set(city.name, targets);
    }
    return targets;
  };
}

/**
 * Streams the patients of a profile one at a time (a million never sit in memory together). Each has a valid
 * and unique SNILS and ЕНП, a name agreeing with sex, a birth date 0–95 years before the reference date
 * (about a fifth are children), a mobile phone from age 14, an e-mail for about half of them (adults only),
 * a home address in the region and an attachment to a polyclinic of their town — a children's polyclinic for
 * children.
 */
export function* generatePatients(
  profile: SeedProfile,
  clinics: readonly ClinicSeed[],
  seed: number,
): Generator<PatientSeed> {
  const random = createRandom(seed, 'patients');
  const identifiers = createIdentifierSource(random.fork('identifiers'));
  let index = 0;
  for (const [regionIndex, region] of profile.regions.entries()) {
    const isLast = regionIndex === profile.regions.length - 1;
    const count = isLast ? profile.patients - index : Math.round(profile.patients * region.patientShare);
    yield* regionPatients(random, region, clinics, index, count, identifiers);
    index += count;
  }
}

function* regionPatients(
  random: Random,
  region: RegionPlan,
  allClinics: readonly ClinicSeed[],
  firstIndex: number,
  count: number,
  identifiers: ReturnType<typeof createIdentifierSource>,
): Generator<PatientSeed> {
  const clinics = allClinics.filter((c) => c.regionCode === region.place.code);
  const adultClinics = attachmentTargets(clinics, 'polyclinic');
  const childClinics = attachmentTargets(clinics, 'children_polyclinic');
  const cities = region.place.cities.map((c) => [c, c.weight] as const);
  const attachedFrom = yearsBefore(REFERENCE_DATE, 12);

  for (let index = firstIndex; index < firstIndex + count; index++) {
    const isChild = random.chance(CHILD_SHARE);
    const [minAge, maxAge] = isChild ? [0, 17] : random.weighted(ADULT_AGE_BANDS);
    const age = random.int(minAge, maxAge);
    const sex: Sex = random.chance(isChild ? 0.49 : 0.54) ? 'female' : 'male';
    const person = randomPersonName(random, sex);
    const birthDate = birthDateForAge(random, age);
    const city = random.weighted(cities);
    const targets = (isChild ? childClinics : adultClinics)(city);
    const clinic = targets.length > 0 ? random.pick(targets) : undefined;
    const hasEmail = age >= 18 && random.chance(0.62);
    yield {
      id: random.uuid(),
      ...person,
      birthDate,
      sex,
      snils: identifiers.snils(index),
      oms: identifiers.oms(index),
      phone: age >= 14 ? identifiers.mobilePhone(index) : null,
      email: hasEmail
        ? `${transliterate(person.name)}.${transliterate(person.surname)}${index}@example.ru`
        : null,
      address: randomAddress(random, city, { isHome: true }),
      regionCode: region.place.code,
      attachedOrganizationId: clinic?.id ?? null,
      attachmentDistrict: clinic ? String(random.int(1, isChild ? 25 : 45)) : null,
      attachedSince: clinic
        ? randomDateBetween(random, laterOf(birthDate, attachedFrom), REFERENCE_DATE)
        : null,
      privilegedCategory: privilegedCategory(random, age),
    };
  }
}
