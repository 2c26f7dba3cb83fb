import type { OutgoingMessage } from '@talon/core/messaging';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import {
  accountRoles,
  integrationClients,
  fhirSubscriptionNotifications as notifications,
  fhirSubscriptions as subscriptions,
} from '../../schema';
import { queryRows } from '../../sql';
import { createClientAppointmentReads } from '../booking/client-appointments.repository';
import { createOutboxRepository } from '../outbox.repository';
import { headersOf } from './fhir-subscriptions.repository';

/** Longest `last_error` kept: enough to diagnose, never a receiver's whole answer. */
const MAX_ERROR_LENGTH = 300;

/** The admins of the client's organisation; none for a region-wide client. */
const clinicAdminsOf = (organizationId: string | null) =>
  organizationId
    ? and(eq(accountRoles.role, 'clinic_admin'), eq(accountRoles.organizationId, organizationId))
    : undefined;

/** A notification claimed for sending, with what its POST needs. */
export interface ClaimedNotification {
  id: string;
  subscriptionId: string;
  appointmentId: string;
  /** Tries so far, this one included. */
  attempts: number;
  endpoint: string;
  headers: string[];
  secret: string;
  /** `channel.payload`: null for an empty body, `application/fhir+json` for the Appointment in the body. */
  payload: string | null;
  /** The subscribing client, its organisation and the scopes it is allowed now (not when it subscribed). */
  client: { id: string; organizationId: string | null; allowedScopes: string[] };
}

export type SubscriptionDeliveryRepository = ReturnType<typeof createSubscriptionDeliveryRepository>;

/**
 * The worker's side of rest-hook notifications (docs/fhir.md «Subscriptions»): claim due ones, record a
 * delivery (which resets the subscription's failure count) or a failure, and set a failing subscription
 * `error` with its admins told through the notification outbox, in one transaction.
 */
export function createSubscriptionDeliveryRepository(
  db: Database,
  cipher: Pick<FieldCipher, 'encrypt' | 'decrypt'>,
) {
  return {
    /**
     * Takes up to `limit` due notifications of active subscriptions: pending ones due by `now`, and ones left
     * `sending` since before `staleBefore` (a worker died mid-send: at least once may become twice).
     * `FOR UPDATE SKIP LOCKED` lets several workers share the work without sending a row twice.
     */
    async claimDue(limit: number, now: Date, staleBefore: Date): Promise<ClaimedNotification[]> {
      const at = now.toISOString();
      const rows = await queryRows<{
        id: string;
        subscription_id: string;
        appointment_id: string;
        attempts: number;
        endpoint: string;
        headers_encrypted: string;
        secret_encrypted: string;
        payload: string | null;
        client_id: string;
        organization_id: string | null;
        allowed_scopes: string[];
      }>(
        db,
        sql`with claimed as (
              update fhir_subscription_notifications n
                 set status = 'sending', attempts = n.attempts + 1, updated_at = ${at}::timestamptz
               where n.id in (
                 select f.id from fhir_subscription_notifications f
                   join fhir_subscriptions s on s.id = f.subscription_id and s.status = 'active'
                  where (f.status = 'pending' and f.not_before <= ${at}::timestamptz)
                     or (f.status = 'sending' and f.updated_at < ${staleBefore.toISOString()}::timestamptz)
                  order by f.not_before
                  limit ${limit}
                  for update of f skip locked)
              returning n.id, n.subscription_id, n.appointment_id, n.attempts)
            select c.id, c.subscription_id, c.appointment_id, c.attempts, s.endpoint, s.headers_encrypted,
                   s.secret_encrypted, s.payload, s.client_id, ic.organization_id, ic.allowed_scopes
              from claimed c join fhir_subscriptions s on s.id = c.subscription_id
              join integration_clients ic on ic.id = s.client_id`,
      );
      return rows.map((row) => ({
        id: row.id,
        subscriptionId: row.subscription_id,
        appointmentId: row.appointment_id,
        attempts: Number(row.attempts),
        endpoint: row.endpoint,
        headers: headersOf(cipher, { id: row.subscription_id, headersEncrypted: row.headers_encrypted }),
        secret: cipher.decrypt(
          row.secret_encrypted,
          aadFor(subscriptions.secretEncrypted, row.subscription_id),
        ),
        payload: row.payload,
        client: {
          id: row.client_id,
          organizationId: row.organization_id,
          allowedScopes: [...row.allowed_scopes],
        },
      }));
    },

    /**
     * The notification's appointment as the client reads it (`GET /fhir/R4/Appointment/{id}`): within the
     * client's organisation; null when it is not there (deleted, or another clinic's).
     */
    async appointmentFor(notification: Pick<ClaimedNotification, 'appointmentId' | 'client'>) {
      const { items } = await createClientAppointmentReads(db).appointments(
        {
          ids: [notification.appointmentId],
          ...(notification.client.organizationId
            ? { organizationId: notification.client.organizationId }
            : {}),
        },
        { offset: 0, count: 1 },
      );
      return items[0] ?? null;
    },

    /** The receiver took it: the notification is sent and the subscription's failures in a row are reset. */
    async markDelivered(notification: Pick<ClaimedNotification, 'id' | 'subscriptionId'>, now: Date) {
      await db.transaction(async (tx) => {
        await tx
          .update(notifications)
          .set({ status: 'sent', sentAt: now, updatedAt: now, lastError: null })
          .where(and(eq(notifications.id, notification.id), eq(notifications.status, 'sending')));
        await tx
          .update(subscriptions)
          .set({ errorCount: 0, lastError: null, updatedAt: now })
          .where(eq(subscriptions.id, notification.subscriptionId));
      });
    },

    /**
     * The try failed: the notification waits until `retryAt`, and the subscription counts one more failure
     * in a row. Returns that count (0 when the subscription is gone).
     */
    async markFailed(
      notification: Pick<ClaimedNotification, 'id' | 'subscriptionId'>,
      error: string,
      retryAt: Date,
      now: Date,
    ): Promise<number> {
      const reason = error.slice(0, MAX_ERROR_LENGTH);
      return db.transaction(async (tx) => {
        await tx
          .update(notifications)
          .set({ status: 'pending', notBefore: retryAt, lastError: reason, updatedAt: now })
          .where(and(eq(notifications.id, notification.id), eq(notifications.status, 'sending')));
        const [row] = await tx
          .update(subscriptions)
          .set({ errorCount: sql`${subscriptions.errorCount} + 1`, lastError: reason, updatedAt: now })
          .where(eq(subscriptions.id, notification.subscriptionId))
          .returning({ errorCount: subscriptions.errorCount });
        return row?.errorCount ?? 0;
      });
    },

    /**
     * Sets an active subscription `error`, its undelivered notifications dead, and writes the messages
     * `tell(admins)` builds for the system admins and the admins of the client's organisation, all in one
     * transaction. Returns the outbox ids written (none when the subscription was no longer active).
     */
    async setError(
      subscriptionId: string,
      now: Date,
      tell: (admins: { clientName: string; accountIds: string[] }) => OutgoingMessage[],
    ): Promise<string[]> {
      return db.transaction(async (tx) => {
        const [stopped] = await tx
          .update(subscriptions)
          .set({ status: 'error', updatedAt: now })
          .where(and(eq(subscriptions.id, subscriptionId), eq(subscriptions.status, 'active')))
          .returning({ clientId: subscriptions.clientId });
        if (!stopped) return [];
        await tx
          .update(notifications)
          .set({ status: 'dead', updatedAt: now })
          .where(
            and(
              eq(notifications.subscriptionId, subscriptionId),
              inArray(notifications.status, ['pending', 'sending']),
            ),
          );
        const [client] = await tx
          .select({ name: integrationClients.name, organizationId: integrationClients.organizationId })
          .from(integrationClients)
          .where(eq(integrationClients.id, stopped.clientId));
        const admins = await tx
          .selectDistinct({ accountId: accountRoles.accountId })
          .from(accountRoles)
          .where(or(eq(accountRoles.role, 'system_admin'), clinicAdminsOf(client?.organizationId ?? null)));
        const outbox = createOutboxRepository(tx, cipher);
        const written: string[] = [];
        const messages = tell({ clientName: client?.name ?? '', accountIds: admins.map((a) => a.accountId) });
        for (const message of messages) {
          const queued = await outbox.enqueue(message);
          if (queued.isNew) written.push(queued.id);
        }
        return written;
      });
    },

    /** A notification's delivery state (tests, support tools). */
    async statusOf(subscriptionId: string) {
      const [subscription] = await db
        .select({
          status: subscriptions.status,
          errorCount: subscriptions.errorCount,
          lastError: subscriptions.lastError,
        })
        .from(subscriptions)
        .where(eq(subscriptions.id, subscriptionId));
      const rows = await db
        .select({
          appointmentId: notifications.appointmentId,
          status: notifications.status,
          attempts: notifications.attempts,
        })
        .from(notifications)
        .where(eq(notifications.subscriptionId, subscriptionId));
      return { subscription: subscription ?? null, notifications: rows };
    },
  };
}
