import { type ConditionsRepository, type ConditionView, RecordsErrorCode } from '@talon/core/records';
import { DomainError } from '@talon/core/shared';
import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { conditions, icd10Codes, practitioners } from '../../schema';
import { fullNameOf, queryRows } from '../../sql';
import { openRecordText, sealRecordText } from './record-cipher';

const slot = (column: string, rowId: string) => ({ table: 'conditions', column, rowId });

/** The form of an ICD-10 code its keyed hash (`conditions.code_hash`) is taken of: trimmed, upper case. */
export const icd10HashInput = (code: string): string => code.trim().toUpperCase();

/** A unique violation of `conditions_primary_key`: the encounter has its primary diagnosis already. */
const isPrimaryTaken = (error: unknown): boolean => {
  const e = error as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  const code = e.code ?? e.cause?.code;
  const constraint = e.constraint ?? e.cause?.constraint;
  return code === '23505' && (constraint === undefined || constraint === 'conditions_primary_key');
};

/** Selects conditions with the recording practitioner's name; `where` picks them. */
export async function selectConditions(
  db: DbExecutor,
  cipher: Pick<FieldCipher, 'decrypt'>,
  where: SQL | undefined,
  limit: number,
  offset = 0,
): Promise<ConditionView[]> {
  const rows = await db
    .select({
      id: conditions.id,
      patientId: conditions.patientId,
      encounterId: conditions.encounterId,
      codeEncrypted: conditions.codeEncrypted,
      nameEncrypted: conditions.nameEncrypted,
      role: conditions.role,
      clinicalStatus: conditions.clinicalStatus,
      verificationStatus: conditions.verificationStatus,
      onsetDate: conditions.onsetDate,
      abatementDate: conditions.abatementDate,
      recordedAt: conditions.recordedAt,
      practitionerId: practitioners.id,
      practitionerName: fullNameOf(practitioners),
    })
    .from(conditions)
    .leftJoin(practitioners, eq(practitioners.id, conditions.recordedByPractitionerId))
    .where(where)
    .orderBy(desc(conditions.recordedAt), desc(conditions.id))
    .limit(limit)
    .offset(offset);
  return rows.map((row) => ({
    id: row.id,
    patientId: row.patientId,
    encounterId: row.encounterId,
    code: openRecordText(cipher, row.codeEncrypted, slot('code_encrypted', row.id)),
    name: openRecordText(cipher, row.nameEncrypted, slot('name_encrypted', row.id)),
    role: row.role,
    clinicalStatus: row.clinicalStatus,
    verificationStatus: row.verificationStatus,
    onsetDate: row.onsetDate,
    abatementDate: row.abatementDate,
    recordedBy: row.practitionerId ? { id: row.practitionerId, name: row.practitionerName ?? '' } : null,
    recordedAt: row.recordedAt,
  }));
}

/** The conditions of some encounters (their diagnoses), grouped by encounter id. */
export async function conditionsByEncounter(
  db: DbExecutor,
  cipher: Pick<FieldCipher, 'decrypt'>,
  encounterIds: readonly string[],
): Promise<Map<string, ConditionView[]>> {
  const grouped = new Map<string, ConditionView[]>();
  if (encounterIds.length === 0) return grouped;
  const found = await selectConditions(
    db,
    cipher,
    inArray(conditions.encounterId, [...encounterIds]),
    10_000,
  );
  for (const condition of found.reverse()) {
    const list = grouped.get(condition.encounterId ?? '') ?? [];
    list.push(condition);
    grouped.set(condition.encounterId ?? '', list);
  }
  return grouped;
}

/** Diagnoses (Condition): the МКБ-10 code and its name sealed (`record-cipher.ts`). */
export function createConditionsRepository(db: DbExecutor, cipher: FieldCipher): ConditionsRepository {
  return {
    async add(condition) {
      try {
        await db.insert(conditions).values({
          id: condition.id,
          patientId: condition.patientId,
          encounterId: condition.encounterId,
          codeEncrypted: sealRecordText(cipher, condition.code, slot('code_encrypted', condition.id)),
          codeHash: cipher.lookupHash(icd10HashInput(condition.code)),
          nameEncrypted: sealRecordText(cipher, condition.name, slot('name_encrypted', condition.id)),
          role: condition.role,
          clinicalStatus: condition.clinicalStatus,
          verificationStatus: condition.verificationStatus,
          onsetDate: condition.onsetDate,
          abatementDate: condition.abatementDate,
          recordedByPractitionerId: condition.recordedByPractitionerId,
          recordedAt: condition.at,
          updatedAt: condition.at,
        });
      } catch (error) {
        if (isPrimaryTaken(error)) throw new DomainError(RecordsErrorCode.PRIMARY_CONDITION_TAKEN);
        throw error;
      }
      return condition.id;
    },

    list: (filter) =>
      selectConditions(
        db,
        cipher,
        and(
          eq(conditions.patientId, filter.patientId),
          filter.activeOnly ? inArray(conditions.clinicalStatus, ['active', 'recurrence']) : undefined,
        ),
        filter.limit,
      ),

    async setClinicalStatus(id, status, abatementDate, at) {
      const rows = await db
        .update(conditions)
        .set({ clinicalStatus: status, abatementDate, updatedAt: at })
        .where(eq(conditions.id, id))
        .returning({ id: conditions.id });
      return rows.length === 1;
    },

    async removeForEncounter(encounterId) {
      await db.delete(conditions).where(eq(conditions.encounterId, encounterId));
    },

    async searchIcd10(query, limit) {
      // A code prefix (`j06`, `i10`) by the primary key; words by trigram similarity of the names and
      // everyday terms (`search_text`, its GIN index): word_similarity finds «гипертония» in «эссенциальная
      // [первичная] гипертензия… гипертония», ranked by closeness, then the shorter (more general) code.
      const code = query.toUpperCase();
      const rows = await queryRows<{ code: string; name: string }>(
        db,
        sql`select code, name from (
              select code, name, 0 as kind, 1.0::real as score from icd10_codes
                where ${/^[A-Z][0-9]/.test(code)} and code like ${`${code.replace(/[%_\\]/g, '')}%`}
              union all
              select code, name, 1 as kind, word_similarity(${query}, search_text) as score from icd10_codes
                where ${query} <% search_text
            ) found
            order by kind, score desc, length(code), code
            limit ${limit * 2}`,
      );
      const seen = new Set<string>();
      return rows.filter((row) => !seen.has(row.code) && seen.add(row.code)).slice(0, limit);
    },

    async icd10Name(code) {
      const [row] = await db
        .select({ name: icd10Codes.name })
        .from(icd10Codes)
        .where(eq(icd10Codes.code, code));
      return row?.name ?? null;
    },
  };
}
