import type { OutgoingMessage } from './messaging.types';

/**
 * A status notice to an account, in the app and (when it has an address) by e-mail, written in the caller's
 * transaction; `key` names the event once, so a repeated change sends nothing twice.
 */
export async function enqueueInAppAndEmail(
  outbox: { enqueue(message: OutgoingMessage): Promise<unknown> },
  notice: Pick<OutgoingMessage, 'event' | 'template' | 'payload'> & {
    accountId: string;
    key: string;
    email: string | null | undefined;
  },
): Promise<void> {
  const { key, email, ...base } = notice;
  await outbox.enqueue({ ...base, channel: 'in_app', recipient: base.accountId, dedupeKey: `${key}:in_app` });
  if (email) await outbox.enqueue({ ...base, channel: 'email', recipient: email, dedupeKey: `${key}:email` });
}
