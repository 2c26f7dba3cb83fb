import type { City } from './places';
import type { Random } from './random';

const KM_PER_DEGREE_LAT = 111.32;

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/**
 * A point scattered over the town: uniform over a disc of `radiusKm` around the centre (or over the town's
 * sector of it), which is how clinics and homes spread across a city.
 */
export function randomPoint(random: Random, city: City): { lat: number; lon: number } {
  const [from, to] = city.sector ?? [0, 360];
  const span = (to - from + 360) % 360 || 360;
  const bearing = ((from + random.next() * span) * Math.PI) / 180;
  const distance = city.radiusKm * Math.sqrt(random.next());
  const dLat = (distance * Math.cos(bearing)) / KM_PER_DEGREE_LAT;
  const dLon =
    (distance * Math.sin(bearing)) / (KM_PER_DEGREE_LAT * Math.cos((city.centre.lat * Math.PI) / 180));
  return { lat: round6(city.centre.lat + dLat), lon: round6(city.centre.lon + dLon) };
}

/** A house number as written on Russian addresses: «д. 12», «д. 7А», «д. 12, корп. 2». */
function house(random: Random): string {
  const number = random.chance(0.7) ? random.int(1, 40) : random.int(41, 160);
  const letter = random.chance(0.08) ? random.pick(['А', 'Б', 'В']) : '';
  const building = random.chance(0.2) ? `, корп. ${random.int(1, 4)}` : '';
  return `д. ${number}${letter}${building}`;
}

/**
 * A realistic postal address in the town, e.g. «г. Москва, ул. Профсоюзная, д. 12, корп. 2»; a home gets a
 * flat number («…, кв. 48»).
 */
export function randomAddress(random: Random, city: City, options: { isHome?: boolean } = {}): string {
  const street = random.pick(city.streets);
  const flat = options.isHome && random.chance(0.93) ? `, кв. ${random.int(1, 320)}` : '';
  return `${city.addressPrefix}, ${street}, ${house(random)}${flat}`;
}

/** A landline number in the town, formatted `+7 (495) 123-45-67` / `+7 (4012) 12-34-56`. */
export function randomLandline(random: Random, city: City): string {
  const code = random.pick(city.areaCodes);
  const local =
    String(random.int(2, 9)) +
    String(random.int(0, 10 ** (9 - code.length) - 1)).padStart(9 - code.length, '0');
  const tail = `${local.slice(-4, -2)}-${local.slice(-2)}`;
  const head = local.slice(0, -4);
  return `+7 (${code}) ${head}-${tail}`;
}
