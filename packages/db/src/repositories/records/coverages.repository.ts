import { maskOms } from '@talon/core/privacy';
import type { CoveragesRepository } from '@talon/core/records';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { coverages } from '../../schema';
import { openRecordText, sealRecordText } from './record-cipher';

const numberSlot = (rowId: string) => ({ table: 'coverages', column: 'number_encrypted', rowId });

/** OMS policies (Coverage): the ЕНП sealed with a keyed hash for look-ups; one active per patient. */
export function createCoveragesRepository(db: DbExecutor, cipher: FieldCipher): CoveragesRepository {
  return {
    async create(coverage) {
      await db.insert(coverages).values({
        id: coverage.id,
        patientId: coverage.patientId,
        numberEncrypted: sealRecordText(cipher, coverage.number, numberSlot(coverage.id)),
        numberHash: cipher.lookupHash(coverage.number),
        insurerName: coverage.insurerName,
        insurerCode: coverage.insurerCode,
        status: coverage.status,
        periodStart: coverage.periodStart,
        periodEnd: coverage.periodEnd,
        createdAt: coverage.at,
        updatedAt: coverage.at,
      });
      return coverage.id;
    },

    async list(patientId) {
      const rows = await db
        .select()
        .from(coverages)
        .where(eq(coverages.patientId, patientId))
        .orderBy(
          asc(sql`case ${coverages.status} when 'active' then 0 when 'suspended' then 1 else 2 end`),
          desc(coverages.periodStart),
        );
      return rows.map((row) => ({
        id: row.id,
        patientId: row.patientId,
        kind: row.kind,
        numberMasked: maskOms(openRecordText(cipher, row.numberEncrypted, numberSlot(row.id))),
        insurer: { name: row.insurerName, code: row.insurerCode },
        status: row.status,
        periodStart: row.periodStart,
        periodEnd: row.periodEnd,
      }));
    },

    async setStatus(id, status, at) {
      const rows = await db
        .update(coverages)
        .set({ status, updatedAt: at })
        .where(eq(coverages.id, id))
        .returning({ id: coverages.id });
      return rows.length === 1;
    },
  };
}
