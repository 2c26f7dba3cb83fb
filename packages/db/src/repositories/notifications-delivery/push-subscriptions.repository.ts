import type {
  PushSubscriptionInput,
  PushSubscriptionRepository,
  StoredPushSubscription,
} from '@talon/core/notifications-delivery';
import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { pushSubscriptions as table } from '../../schema/notifications-delivery.schema';

type Cipher = Pick<FieldCipher, 'encrypt' | 'decrypt'>;

/** Bound to the endpoint (the row's natural key: a re-subscription updates the same row). */
const keysAad = (endpoint: string) => aadFor(table.keysEncrypted, endpoint);

/** Web Push subscriptions of accounts; the keys are encrypted (`auth` is a shared secret with the browser). */
export function createPushSubscriptionRepository(executor: DbExecutor, cipher: Cipher) {
  const toStored = (row: typeof table.$inferSelect): StoredPushSubscription => ({
    id: row.id,
    accountId: row.accountId,
    endpoint: row.endpoint,
    keys: JSON.parse(
      cipher.decrypt(row.keysEncrypted, keysAad(row.endpoint)),
    ) as StoredPushSubscription['keys'],
    label: row.label,
    createdAt: row.createdAt,
  });

  const repository: PushSubscriptionRepository & {
    /** After the push service answered 404/410: the browser dropped the subscription. */
    deleteGone(id: string): Promise<void>;
    subscribedAccounts(accountIds: readonly string[]): Promise<ReadonlySet<string>>;
    touch(id: string, now: Date): Promise<void>;
  } = {
    async upsert(accountId, input: PushSubscriptionInput, now) {
      const values = {
        accountId,
        endpoint: input.endpoint,
        keysEncrypted: cipher.encrypt(
          JSON.stringify({ p256dh: input.keys.p256dh, auth: input.keys.auth }),
          keysAad(input.endpoint),
        ),
        label: input.label ?? null,
      };
      const [row] = await executor
        .insert(table)
        .values({ ...values, createdAt: now })
        // A browser subscribing again is a fresh subscription: it counts as the newest of the account.
        .onConflictDoUpdate({ target: table.endpoint, set: { ...values, createdAt: now } })
        .returning();
      return toStored(row!);
    },

    async listByAccount(accountId) {
      const rows = await executor
        .select()
        .from(table)
        .where(eq(table.accountId, accountId))
        .orderBy(asc(table.createdAt));
      return rows.map(toStored);
    },

    async keepNewest(accountId, count) {
      const recency = sql`coalesce(${table.lastUsedAt}, ${table.createdAt})`;
      const keep = executor
        .select({ id: table.id })
        .from(table)
        .where(eq(table.accountId, accountId))
        .orderBy(desc(recency), desc(table.createdAt))
        .limit(count);
      await executor.delete(table).where(and(eq(table.accountId, accountId), notInArray(table.id, keep)));
    },

    async deleteById(accountId, id) {
      const rows = await executor
        .delete(table)
        .where(and(eq(table.id, id), eq(table.accountId, accountId)))
        .returning({ id: table.id });
      return rows.length > 0;
    },

    async deleteByEndpoint(accountId, endpoint) {
      const rows = await executor
        .delete(table)
        .where(and(eq(table.endpoint, endpoint), eq(table.accountId, accountId)))
        .returning({ id: table.id });
      return rows.length > 0;
    },

    /** Of these accounts, the ones with at least one browser subscribed: push reminders go only to them. */
    async subscribedAccounts(accountIds: readonly string[]): Promise<ReadonlySet<string>> {
      if (accountIds.length === 0) return new Set();
      const rows = await executor
        .selectDistinct({ accountId: table.accountId })
        .from(table)
        .where(inArray(table.accountId, [...accountIds]));
      return new Set(rows.map((row) => row.accountId));
    },

    async deleteGone(id) {
      await executor.delete(table).where(eq(table.id, id));
    },

    async touch(id, now) {
      await executor.update(table).set({ lastUsedAt: now }).where(eq(table.id, id));
    },
  };
  return repository;
}

export type PushSubscriptionStore = ReturnType<typeof createPushSubscriptionRepository>;
