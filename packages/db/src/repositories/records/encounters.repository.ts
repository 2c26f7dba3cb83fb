import type { EncounterSections, EncountersRepository, EncounterView } from '@talon/core/records';
import { and, asc, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import {
  accounts,
  encounters,
  encounterVersions,
  organizations,
  practitionerRoles,
  practitioners,
  specialties,
} from '../../schema';
import { fullNameOf } from '../../sql';
import { conditionsByEncounter } from './conditions.repository';
import { openOptional, openRecordText, sealOptional, sealRecordText } from './record-cipher';

/** The sections and the columns that hold them, sealed. */
const SECTIONS = [
  ['complaints', 'complaints_encrypted'],
  ['anamnesis', 'anamnesis_encrypted'],
  ['examination', 'examination_encrypted'],
  ['conclusion', 'conclusion_encrypted'],
  ['recommendations', 'recommendations_encrypted'],
  ['followUp', 'follow_up_encrypted'],
] as const;

type SealedSections = {
  complaintsEncrypted: string | null;
  anamnesisEncrypted: string | null;
  examinationEncrypted: string | null;
  conclusionEncrypted: string | null;
  recommendationsEncrypted: string | null;
  followUpEncrypted: string | null;
};

const sealedKey = (section: keyof EncounterSections) => `${section}Encrypted` as keyof SealedSections;

/** The sections sealed for a row of `table` (`encounters` or `encounter_versions`). */
function sealSections(
  cipher: Pick<FieldCipher, 'encrypt'>,
  sections: EncounterSections,
  table: string,
  rowId: string,
): SealedSections {
  const sealed = {} as SealedSections;
  for (const [section, column] of SECTIONS) {
    sealed[sealedKey(section)] = sealOptional(cipher, sections[section], { table, column, rowId });
  }
  return sealed;
}

function openSections(
  cipher: Pick<FieldCipher, 'decrypt'>,
  row: SealedSections,
  rowId: string,
  table = 'encounters',
) {
  const sections = {} as EncounterSections;
  for (const [section, column] of SECTIONS) {
    sections[section] = openOptional(cipher, row[sealedKey(section)], { table, column, rowId });
  }
  return sections;
}

/** Visit records (Encounter): the sections sealed; finished records amended with a kept earlier version. */
export function createEncountersRepository(
  db: DbExecutor,
  cipher: FieldCipher,
  newId: () => string,
): EncountersRepository {
  async function select(where: SQL | undefined, limit: number): Promise<EncounterView[]> {
    const rows = await db
      .select({
        encounter: encounters,
        practitionerName: fullNameOf(practitioners),
        organizationName: organizations.name,
        specialtyCode: specialties.code,
        specialtyName: specialties.name,
      })
      .from(encounters)
      .innerJoin(practitioners, eq(practitioners.id, encounters.practitionerId))
      .innerJoin(organizations, eq(organizations.id, encounters.organizationId))
      .leftJoin(practitionerRoles, eq(practitionerRoles.id, encounters.practitionerRoleId))
      .leftJoin(specialties, eq(specialties.code, practitionerRoles.specialtyCode))
      .where(where)
      .orderBy(desc(encounters.periodStart), desc(encounters.id))
      .limit(limit);
    const diagnoses = await conditionsByEncounter(
      db,
      cipher,
      rows.map((row) => row.encounter.id),
    );
    return rows.map(({ encounter: e, ...names }) => ({
      id: e.id,
      patientId: e.patientId,
      appointmentId: e.appointmentId,
      class: e.class,
      status: e.status,
      practitioner: { id: e.practitionerId, name: names.practitionerName },
      specialty:
        names.specialtyCode && names.specialtyName
          ? { code: names.specialtyCode, name: names.specialtyName }
          : null,
      organization: { id: e.organizationId, name: names.organizationName },
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      ...openSections(cipher, e, e.id),
      version: e.version,
      finishedAt: e.finishedAt,
      conditions: diagnoses.get(e.id) ?? [],
    }));
  }

  return {
    async create(encounter) {
      await db.insert(encounters).values({
        id: encounter.id,
        patientId: encounter.patientId,
        appointmentId: encounter.appointmentId,
        practitionerId: encounter.practitionerId,
        practitionerRoleId: encounter.practitionerRoleId,
        organizationId: encounter.organizationId,
        class: encounter.class,
        periodStart: encounter.periodStart,
        ...sealSections(cipher, encounter.sections, 'encounters', encounter.id),
        createdByAccountId: encounter.createdByAccountId,
        createdAt: encounter.at,
        updatedAt: encounter.at,
      });
      return encounter.id;
    },

    async find(id) {
      const [found] = await select(eq(encounters.id, id), 1);
      return found ?? null;
    },

    async findByAppointment(appointmentId) {
      const [found] = await select(eq(encounters.appointmentId, appointmentId), 1);
      return found ?? null;
    },

    async updateSections(id, sections, at) {
      const rows = await db
        .update(encounters)
        .set({ ...sealSections(cipher, sections, 'encounters', id), updatedAt: at })
        .where(and(eq(encounters.id, id), eq(encounters.status, 'in-progress')))
        .returning({ id: encounters.id });
      return rows.length === 1;
    },

    async finish(id, periodEnd, at) {
      const rows = await db
        .update(encounters)
        .set({ status: 'finished', periodEnd, finishedAt: at, updatedAt: at })
        .where(and(eq(encounters.id, id), eq(encounters.status, 'in-progress')))
        .returning({ id: encounters.id });
      return rows.length === 1;
    },

    async amend(input) {
      const [current] = await db
        .select()
        .from(encounters)
        .where(
          and(
            eq(encounters.id, input.id),
            eq(encounters.status, 'finished'),
            eq(encounters.version, input.expectedVersion),
          ),
        )
        .for('update');
      if (!current) return false;
      const diagnoses = (await conditionsByEncounter(db, cipher, [input.id])).get(input.id) ?? [];
      const versionId = newId();
      const versionSlot = (column: string) => ({ table: 'encounter_versions', column, rowId: versionId });
      // The current version is kept as it was (still sealed for `encounters`: re-sealed for its new row).
      await db.insert(encounterVersions).values({
        id: versionId,
        encounterId: input.id,
        version: current.version,
        ...sealSections(cipher, openSections(cipher, current, current.id), 'encounter_versions', versionId),
        conditionsEncrypted: sealRecordText(
          cipher,
          JSON.stringify(diagnoses.map((c) => ({ code: c.code, name: c.name, role: c.role }))),
          versionSlot('conditions_encrypted'),
        ),
        amendedByAccountId: input.authorAccountId,
        amendedAt: input.at,
        amendmentReasonEncrypted: sealRecordText(
          cipher,
          input.reason,
          versionSlot('amendment_reason_encrypted'),
        ),
      });
      const rows = await db
        .update(encounters)
        .set({
          ...sealSections(cipher, input.sections, 'encounters', input.id),
          version: sql`${encounters.version} + 1`,
          updatedAt: input.at,
        })
        .where(and(eq(encounters.id, input.id), eq(encounters.version, input.expectedVersion)))
        .returning({ id: encounters.id });
      return rows.length === 1;
    },

    async versions(encounterId) {
      const rows = await db
        .select({ row: encounterVersions, amendedBy: accounts.displayName })
        .from(encounterVersions)
        .leftJoin(accounts, eq(accounts.id, encounterVersions.amendedByAccountId))
        .where(eq(encounterVersions.encounterId, encounterId))
        .orderBy(asc(encounterVersions.version));
      return rows.map(({ row, amendedBy }) => {
        const slot = (column: string) => ({ table: 'encounter_versions', column, rowId: row.id });
        const conditions = openOptional(cipher, row.conditionsEncrypted, slot('conditions_encrypted'));
        return {
          version: row.version,
          ...openSections(cipher, row, row.id, 'encounter_versions'),
          conditions: conditions ? JSON.parse(conditions) : [],
          amendedAt: row.amendedAt,
          amendedBy,
          reason: row.amendmentReasonEncrypted
            ? openRecordText(cipher, row.amendmentReasonEncrypted, slot('amendment_reason_encrypted'))
            : null,
        };
      });
    },

    list: (filter) =>
      select(
        and(
          eq(encounters.patientId, filter.patientId),
          filter.period.from ? gte(encounters.periodStart, filter.period.from) : undefined,
          filter.period.to ? lt(encounters.periodStart, filter.period.to) : undefined,
        ),
        filter.limit,
      ),
  };
}
