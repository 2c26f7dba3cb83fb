import type { InteropReads } from '@talon/core/interop';
import { and, asc, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { coverages, patients } from '../../schema';
import { openRecordText } from '../records/record-cipher';
import { idsIn, paged } from './interop-sql';

const ENP = /^\d{16}$/;

/**
 * Patients and their OMS policies for the FHIR interface. A patient is found by id or by the keyed hash of
 * one identifier (every hash the keyring still accepts, so a key rotation in progress finds them too); only
 * the rows of the page are decrypted.
 */
export function createInteropPatientReads(
  db: Database,
  cipher: FieldCipher,
): Pick<InteropReads, 'patients' | 'coverages'> {
  return {
    async patients(c, page) {
      const where = and(
        idsIn(patients.id, c.ids),
        c.snils ? inArray(patients.snilsHash, cipher.lookupHashes(c.snils)) : undefined,
        // The ЕНП is on the card and on the policies (a card may still hold an older policy's number).
        c.enp
          ? or(
              inArray(patients.omsHash, cipher.lookupHashes(c.enp)),
              inArray(
                patients.id,
                db
                  .select({ id: coverages.patientId })
                  .from(coverages)
                  .where(inArray(coverages.numberHash, cipher.lookupHashes(c.enp))),
              ),
            )
          : undefined,
      );
      const found = await paged(
        db
          .select({ card: patients })
          .from(patients)
          .where(where)
          .orderBy(asc(patients.id))
          .limit(page.count)
          .offset(page.offset),
        db.select({ total: count() }).from(patients).where(where),
      );
      return {
        total: found.total,
        items: found.items.map(({ card }) => {
          const open = (sealed: string | null, column: PgColumn) =>
            sealed ? cipher.decrypt(sealed, aadFor(column, card.id)) : null;
          const oms = open(card.omsEncrypted, patients.omsEncrypted);
          return {
            id: card.id,
            surname: card.surname,
            name: card.name,
            patronymic: card.patronymic,
            birthDate: card.birthDate,
            sex: card.sex,
            phone: card.phone,
            email: card.email,
            snils: open(card.snilsEncrypted, patients.snilsEncrypted),
            enp: oms && ENP.test(oms) ? oms : null,
          };
        }),
      };
    },

    async coverages(c, page) {
      const where = and(
        idsIn(coverages.id, c.ids),
        c.patientId ? eq(coverages.patientId, c.patientId) : undefined,
      );
      const found = await paged(
        db
          .select()
          .from(coverages)
          .where(where)
          .orderBy(
            asc(sql`case ${coverages.status} when 'active' then 0 when 'suspended' then 1 else 2 end`),
            desc(coverages.periodStart),
            asc(coverages.id),
          )
          .limit(page.count)
          .offset(page.offset),
        db.select({ total: count() }).from(coverages).where(where),
      );
      return {
        total: found.total,
        items: found.items.map((row) => ({
          id: row.id,
          patientId: row.patientId,
          status: row.status,
          enp: openRecordText(cipher, row.numberEncrypted, {
            table: 'coverages',
            column: 'number_encrypted',
            rowId: row.id,
          }),
          insurer: { name: row.insurerName, code: row.insurerCode },
          periodStart: row.periodStart,
          periodEnd: row.periodEnd,
        })),
      };
    },
  };
}
