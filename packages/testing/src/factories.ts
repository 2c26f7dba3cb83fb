import { normalizeForSearch } from '@talon/core/identifiers';
import { type Database, schema } from '@talon/db';

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
