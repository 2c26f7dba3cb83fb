import { describe, expect, it } from 'vitest';
import { buildDedupeKey } from './dedupe-key';

describe('buildDedupeKey', () => {
  it('is the same for the same event, channel and recipient whatever the case of the address', () => {
    const a = buildDedupeKey({ event: 'e', eventId: '1', channel: 'email', recipient: 'A@B.ru' });
    const b = buildDedupeKey({ event: 'e', eventId: '1', channel: 'email', recipient: 'a@b.ru ' });
    expect(a).toBe(b);
    expect(a).not.toBe(buildDedupeKey({ event: 'e', eventId: '1', channel: 'sms', recipient: 'a@b.ru' }));
  });
});
