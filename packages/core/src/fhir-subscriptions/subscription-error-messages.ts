import { buildDedupeKey, type OutgoingMessage } from '../messaging';

const EVENT = 'fhir.subscription_error';

/**
 * The admins' in-app notices (the bell) that a subscription was set `error`: one per admin account, once per
 * time the subscription failed (`failedAt` names the occurrence).
 */
export function subscriptionErrorMessages(input: {
  subscriptionId: string;
  clientName: string;
  failures: number;
  failedAt: Date;
  adminAccountIds: readonly string[];
}): OutgoingMessage[] {
  const eventId = `${input.subscriptionId}@${input.failedAt.toISOString()}`;
  return input.adminAccountIds.map((accountId) => ({
    event: EVENT,
    channel: 'in_app',
    recipient: accountId,
    accountId,
    template: 'fhir_subscription_error',
    payload: { client: input.clientName, failures: String(input.failures) },
    dedupeKey: buildDedupeKey({ event: EVENT, eventId, channel: 'in_app', recipient: accountId }),
  }));
}
