import type { OpeningHoursEntry, OrganizationKind } from '@talon/core/directory';
import type { Random } from './random';

/** A room (кабинет); service rooms carry the service they are for. */
export interface LocationSeed {
  id: string;
  organizationId: string;
  room: string;
  floor: number;
  name: string | null;
  serviceCode: string | null;
}

/** Rooms every clinic of a kind has for its services. */
const SERVICE_ROOMS: Partial<Record<OrganizationKind, [code: string, name: string][]>> = {
  polyclinic: [
    ['vaccination', 'Прививочный кабинет'],
    ['blood-test', 'Процедурный кабинет'],
    ['fluorography', 'Флюорографический кабинет'],
    ['checkup', 'Отделение медицинской профилактики'],
  ],
  children_polyclinic: [
    ['vaccination', 'Прививочный кабинет'],
    ['blood-test', 'Процедурный кабинет'],
  ],
  hospital: [
    ['blood-test', 'Процедурный кабинет'],
    ['fluorography', 'Рентгеновский кабинет'],
  ],
  womens_clinic: [['blood-test', 'Процедурный кабинет']],
  diagnostic_centre: [
    ['blood-test', 'Процедурный кабинет'],
    ['fluorography', 'Рентгеновский кабинет'],
  ],
};

const WEEKDAYS = [1, 2, 3, 4, 5];

/** Opening hours typical of the kind; days are ISO weekdays (1 = Monday … 7 = Sunday). */
export function openingHours(random: Random, kind: OrganizationKind): OpeningHoursEntry[] {
  const week = (opens: string, closes: string): OpeningHoursEntry => ({ days: WEEKDAYS, opens, closes });
  switch (kind) {
    case 'polyclinic':
    case 'children_polyclinic':
      return random.pick([
        [week('08:00', '20:00'), { days: [6], opens: '09:00', closes: '15:00' }],
        [
          week('07:30', '20:00'),
          { days: [6], opens: '09:00', closes: '18:00' },
          { days: [7], opens: '09:00', closes: '15:00' },
        ],
        [week('08:00', '20:00'), { days: [6, 7], opens: '09:00', closes: '16:00' }],
      ]);
    case 'dental':
      return [week('08:00', '21:00'), { days: [6, 7], opens: '09:00', closes: '15:00' }];
    case 'womens_clinic':
      return [week('08:00', '19:00'), { days: [6], opens: '09:00', closes: '14:00' }];
    case 'diagnostic_centre':
      return [week('07:30', '20:00'), { days: [6], opens: '08:00', closes: '16:00' }];
    case 'hospital':
      return [week('08:00', '18:00')];
  }
}

/** The service rooms of the kind and `doctorRooms` doctors' rooms, numbered floor + two digits («214»). */
export function rooms(
  random: Random,
  clinic: { id: string; kind: OrganizationKind },
  doctorRooms: number,
): LocationSeed[] {
  const services = SERVICE_ROOMS[clinic.kind] ?? [];
  const used = new Set<string>();
  const room = (serviceCode: string | null, name: string | null): LocationSeed => {
    let floor: number;
    let number: string;
    do {
      floor = random.int(1, 4);
      number = `${floor}${String(random.int(1, 40)).padStart(2, '0')}`;
    } while (used.has(number));
    used.add(number);
    return { id: random.uuid(), organizationId: clinic.id, room: number, floor, name, serviceCode };
  };
  return [
    ...services.map(([code, name]) => room(code, name)),
    ...Array.from({ length: doctorRooms }, () => room(null, null)),
  ];
}
