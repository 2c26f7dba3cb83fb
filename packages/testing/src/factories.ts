import { normalizeForSearch } from '@talon/core/identifiers';
import { type Database, schema } from '@talon/db';
import { eq } from 'drizzle-orm';

type OrganizationRow = typeof schema.organizations.$inferInsert;
type PractitionerRow = typeof schema.practitioners.$inferInsert;

let sequence = 0;
const next = () => ++sequence;

/** Inserts a clinic (Moscow polyclinic by default); `overrides` win. */
export async function buildOrganization(db: Database, overrides: Partial<OrganizationRow> = {}) {
  const n = next();
  const name = overrides.name ?? `Городская поликлиника № ${n}`;
  const shortName = overrides.shortName ?? `ГП № ${n}`;
  const address = overrides.address ?? `г. Москва, ул. Тестовая, д. ${n}`;
  const [row] = await db
    .insert(schema.organizations)
    .values({
      regionCode: '77',
      registryCode: `T${n}-${Math.random().toString(36).slice(2, 8)}`,
      kind: 'polyclinic',
      lat: 55.75,
      lon: 37.62,
      timeZone: 'Europe/Moscow',
      phone: '+7 (495) 000-00-00',
      ...overrides,
      name,
      shortName,
      address,
      searchText: normalizeForSearch(`${name} ${shortName} ${address}`),
    })
    .returning();
  return row!;
}

/**
 * Inserts a practitioner working at `organizationId` (a new clinic when absent) in `specialtyCode`
 * (therapist by default).
 */
export async function buildPractitioner(
  db: Database,
  overrides: Partial<PractitionerRow> & { organizationId?: string; specialtyCode?: string } = {},
) {
  const { organizationId, specialtyCode = 'therapist', ...rest } = overrides;
  const organization = organizationId ?? (await buildOrganization(db)).id;
  const surname = rest.surname ?? `Тестов${next()}`;
  const name = rest.name ?? 'Иван';
  const patronymic = rest.patronymic === undefined ? 'Петрович' : rest.patronymic;
  const [row] = await db
    .insert(schema.practitioners)
    .values({
      sex: 'male',
      experienceSince: '2010-09-01',
      ...rest,
      surname,
      name,
      patronymic,
      searchText: normalizeForSearch([surname, name, patronymic].filter(Boolean).join(' ')),
    })
    .returning();
  await db
    .insert(schema.practitionerRoles)
    .values({ practitionerId: row!.id, organizationId: organization, specialtyCode });
  return { ...row!, organizationId: organization };
}

type SlotRow = typeof schema.slots.$inferInsert;

/**
 * Inserts free slots of one practitioner role: `count` consecutive slots of `minutes` from `start` (by
 * default tomorrow 09:00 UTC), bookable through every channel. Builds the clinic and practitioner when no
 * `practitionerRoleId` is given (`organization` and `specialtyCode` then shape them).
 */
export async function buildSlots(
  db: Database,
  options: {
    practitionerRoleId?: string;
    organization?: Partial<OrganizationRow>;
    specialtyCode?: string;
    start?: Date;
    count?: number;
    minutes?: number;
    slot?: Partial<SlotRow>;
  } = {},
) {
  const role = options.practitionerRoleId
    ? await db.query.practitionerRoles.findFirst({
        where: (r, { eq }) => eq(r.id, options.practitionerRoleId!),
      })
    : await newRole(db, options.organization ?? {}, options.specialtyCode ?? 'therapist');
  if (!role) throw new Error('no such practitioner role');
  const organization = await db.query.organizations.findFirst({
    where: (o, { eq }) => eq(o.id, role.organizationId),
  });
  const minutes = options.minutes ?? 30;
  const first = options.start ?? tomorrowAtNineUtc();
  const rows: SlotRow[] = Array.from({ length: options.count ?? 1 }, (_, i) => {
    const startsAt = new Date(first.getTime() + i * minutes * 60_000);
    return {
      practitionerRoleId: role.id,
      organizationId: role.organizationId,
      practitionerId: role.practitionerId,
      regionCode: organization!.regionCode,
      specialtyCode: role.specialtyCode,
      locationId: role.locationId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      channels: ['internet', 'registry', 'call_centre', 'doctor', 'infomat', 'other_clinic'],
      ...options.slot,
    };
  });
  return db.insert(schema.slots).values(rows).returning();
}

async function newRole(db: Database, organization: Partial<OrganizationRow>, specialtyCode: string) {
  const clinic = await buildOrganization(db, organization);
  const practitioner = await buildPractitioner(db, { organizationId: clinic.id, specialtyCode });
  return db.query.practitionerRoles.findFirst({
    where: (r, { eq }) => eq(r.practitionerId, practitioner.id),
  });
}

function tomorrowAtNineUtc(): Date {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 1);
  day.setUTCHours(9, 0, 0, 0);
  return day;
}

/** Gives a practitioner role a fixed room (a new Location of its clinic), its slots included. */
export async function buildRoleRoom(
  db: Database,
  practitionerRoleId: string,
  room: { room: string; floor?: number },
) {
  const role = await db.query.practitionerRoles.findFirst({
    where: (r, { eq }) => eq(r.id, practitionerRoleId),
  });
  if (!role) throw new Error('no such practitioner role');
  const [location] = await db
    .insert(schema.locations)
    .values({ organizationId: role.organizationId, room: room.room, floor: room.floor ?? null })
    .returning();
  await db
    .update(schema.practitionerRoles)
    .set({ locationId: location!.id })
    .where(eq(schema.practitionerRoles.id, practitionerRoleId));
  await db
    .update(schema.slots)
    .set({ locationId: location!.id })
    .where(eq(schema.slots.practitionerRoleId, practitionerRoleId));
  return location!;
}
