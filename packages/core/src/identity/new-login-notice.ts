import { describeUserAgent } from '../identifiers';
import type { Channel, OutgoingMessage } from '../messaging';
import { formatInZone } from '../shared';
import type { IdentityRepos } from './identity.ports';
import type { Account } from './identity.types';

/** The zone of the notice's time: Russia's reference clock, named in the text. */
const NOTICE_ZONE = 'Europe/Moscow';

/**
 * A security notice that cannot be switched off (issue 5, item 1): a full login from a device (user agent)
 * the account has not signed in from before. The account's first session (registration) is not news. Goes
 * to the email, the in-app list and push; written in the login's transaction, once per session.
 */
export async function notifyNewDeviceLogin(
  repos: Pick<IdentityRepos, 'sessions' | 'outbox'>,
  account: Pick<Account, 'id' | 'email'>,
  session: { id: string; userAgent: string | null },
  at: Date,
): Promise<void> {
  if (!session.userAgent) return;
  const seen = await repos.sessions.deviceHistory(account.id, session.userAgent, session.id);
  if (seen !== 'new') return;
  const device = describeUserAgent(session.userAgent);
  const [date, time] = formatInZone(at, NOTICE_ZONE).slice(0, 16).split('T') as [string, string];
  const payload = {
    at: `${date.split('-').reverse().join('.')} в ${time} по московскому времени`,
    ...(device ? { device } : {}),
  };
  const message = (channel: Channel, recipient: string): OutgoingMessage => ({
    event: 'auth.new_login',
    channel,
    recipient,
    accountId: account.id,
    template: 'new_login',
    payload,
    dedupeKey: `new_login:${session.id}:${channel}`,
  });
  if (account.email) await repos.outbox.enqueue(message('email', account.email));
  await repos.outbox.enqueue(message('in_app', account.id));
  await repos.outbox.enqueue(message('push', account.id));
}
