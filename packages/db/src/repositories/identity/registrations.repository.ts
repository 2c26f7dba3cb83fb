import { randomUUID } from 'node:crypto';
import type { PendingRegistration, RegistrationRepository } from '@talon/core/identity';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { registrations } from '../../schema';

/** Pending registrations; the form (SNILS, OMS, password hash) is stored encrypted as one JSON value. */
const payloadAad = (registrationId: string) => aadFor(registrations.payloadEncrypted, registrationId);

export function createRegistrationRepository(db: DbExecutor, cipher: FieldCipher): RegistrationRepository {
  const toPending = <P>(row: typeof registrations.$inferSelect): PendingRegistration<P> => ({
    id: row.id,
    payload: JSON.parse(cipher.decrypt(row.payloadEncrypted, payloadAad(row.id))) as P,
    consentVersion: row.consentVersion,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    completedAt: row.completedAt,
  });
  return {
    async create(registration) {
      // The id is made here: the form's ciphertext is bound to it (docs/domain.md rule 18).
      const id = randomUUID();
      const [row] = await db
        .insert(registrations)
        .values({
          id,
          snilsHash: registration.snilsHash,
          phone: registration.phone,
          payloadEncrypted: cipher.encrypt(JSON.stringify(registration.payload), payloadAad(id)),
          consentVersion: registration.consentVersion,
          expiresAt: registration.expiresAt,
        })
        .returning({ id: registrations.id });
      return row!.id;
    },
    async find<P>(id: string) {
      const [row] = await db.select().from(registrations).where(eq(registrations.id, id));
      return row ? toPending<P>(row) : null;
    },
    async findOpenByPhone<P>(phone: string, now: Date) {
      const [row] = await db
        .select()
        .from(registrations)
        .where(
          and(
            eq(registrations.phone, phone),
            isNull(registrations.completedAt),
            gt(registrations.expiresAt, now),
          ),
        )
        .orderBy(desc(registrations.createdAt))
        .limit(1);
      return row ? toPending<P>(row) : null;
    },
    async replacePayload(id, change) {
      const rows = await db
        .update(registrations)
        .set({
          snilsHash: change.snilsHash,
          payloadEncrypted: cipher.encrypt(JSON.stringify(change.payload), payloadAad(id)),
          consentVersion: change.consentVersion,
        })
        .where(and(eq(registrations.id, id), isNull(registrations.completedAt)))
        .returning({ id: registrations.id });
      return rows.length === 1;
    },
    async complete(id, accountId, at) {
      const rows = await db
        .update(registrations)
        .set({ completedAt: at, accountId })
        .where(and(eq(registrations.id, id), isNull(registrations.completedAt)))
        .returning({ id: registrations.id });
      return rows.length === 1;
    },
  };
}
