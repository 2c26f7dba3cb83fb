import type { OutgoingMessage } from '@talon/core/messaging';
import { createFieldCipher } from '../crypto/field-cipher';

/** The field cipher of the outbox tests: fixed keys, so payloads read back. */
export const outboxTestCipher = createFieldCipher({
  encryptionKeys: new Map([['k1', Buffer.alloc(32, 1)]]),
  currentKeyId: 'k1',
  lookupKey: Buffer.alloc(32, 2),
});

/** Messages for the outbox tests, each with a dedupe key of its own under `prefix`. */
export function outboxMessages(prefix: string, defaults: Partial<OutgoingMessage> = {}) {
  let n = 0;
  return (overrides: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
    event: 'identity.login_code',
    channel: 'sms',
    recipient: '+79161234567',
    template: 'login_code',
    payload: { code: '123456', minutes: '5' },
    dedupeKey: `${prefix}|${++n}`,
    ...defaults,
    ...overrides,
  });
}
