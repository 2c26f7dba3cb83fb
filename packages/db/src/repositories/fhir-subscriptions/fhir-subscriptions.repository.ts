import { randomUUID } from 'node:crypto';
import type {
  FhirSubscriptionStore,
  NewSubscription,
  StoredSubscription,
} from '@talon/core/fhir-subscriptions';
import { and, count, desc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { fhirSubscriptions as subscriptions } from '../../schema';

type Row = typeof subscriptions.$inferSelect;

/** The channel headers of a row, decrypted (they may carry the receiver's credentials). */
export const headersOf = (cipher: Pick<FieldCipher, 'decrypt'>, row: Pick<Row, 'id' | 'headersEncrypted'>) =>
  JSON.parse(
    cipher.decrypt(row.headersEncrypted, aadFor(subscriptions.headersEncrypted, row.id)),
  ) as string[];

const toStored = (cipher: Pick<FieldCipher, 'decrypt'>, row: Row): StoredSubscription => ({
  id: row.id,
  clientId: row.clientId,
  status: row.status,
  criteria: row.criteria,
  reason: row.reason,
  endpoint: row.endpoint,
  headers: headersOf(cipher, row),
  payload: row.payload,
  errorCount: row.errorCount,
  lastError: row.lastError,
  createdAt: row.createdAt,
});

/** Integration clients' rest-hook subscriptions (docs/fhir.md «Subscriptions»); each call within one client. */
export function createFhirSubscriptionStore(
  executor: DbExecutor,
  cipher: Pick<FieldCipher, 'encrypt' | 'decrypt'>,
): FhirSubscriptionStore {
  const own = (clientId: string, id: string) =>
    and(eq(subscriptions.clientId, clientId), eq(subscriptions.id, id));
  return {
    async create(input: NewSubscription) {
      // The id is made here: the encrypted values are bound to it.
      const id = randomUUID();
      const [row] = await executor
        .insert(subscriptions)
        .values({
          id,
          clientId: input.clientId,
          organizationId: input.organizationId,
          criteria: input.criteria,
          reason: input.reason,
          actorType: input.parsed.actor?.type ?? null,
          actorId: input.parsed.actor?.id ?? null,
          patientId: input.parsed.patientId,
          appointmentStatuses: input.parsed.statuses ? [...input.parsed.statuses] : null,
          endpoint: input.endpoint,
          headersEncrypted: cipher.encrypt(
            JSON.stringify(input.headers),
            aadFor(subscriptions.headersEncrypted, id),
          ),
          payload: input.payload,
          secretEncrypted: cipher.encrypt(input.secret, aadFor(subscriptions.secretEncrypted, id)),
          createdAt: input.now,
          updatedAt: input.now,
        })
        .returning();
      return toStored(cipher, row!);
    },

    async get(clientId, id) {
      const [row] = await executor.select().from(subscriptions).where(own(clientId, id));
      return row ? toStored(cipher, row) : null;
    },

    async list(clientId, page) {
      const [rows, [total]] = await Promise.all([
        executor
          .select()
          .from(subscriptions)
          .where(eq(subscriptions.clientId, clientId))
          .orderBy(desc(subscriptions.createdAt), desc(subscriptions.id))
          .offset(page.offset)
          .limit(page.count),
        executor.select({ n: count() }).from(subscriptions).where(eq(subscriptions.clientId, clientId)),
      ]);
      return { items: rows.map((row) => toStored(cipher, row)), total: total?.n ?? 0 };
    },

    async delete(clientId, id) {
      const deleted = await executor
        .delete(subscriptions)
        .where(own(clientId, id))
        .returning({ id: subscriptions.id });
      return deleted.length > 0;
    },
  };
}
