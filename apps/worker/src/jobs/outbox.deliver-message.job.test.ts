import { describe, expect, it } from 'vitest';
import { withAbsoluteLink } from './outbox.deliver-message.job';

describe('withAbsoluteLink', () => {
  const payload = { at: '01.12.2026 в 10:00', link: '/waitlist' };

  it('gives SMS and email the full address of a page of the web app', () => {
    expect(withAbsoluteLink(payload, 'sms', 'https://talon.example.ru')).toEqual({
      at: '01.12.2026 в 10:00',
      link: 'https://talon.example.ru/waitlist',
    });
    expect(withAbsoluteLink(payload, 'email', 'https://talon.example.ru').link).toBe(
      'https://talon.example.ru/waitlist',
    );
  });

  it('leaves push and in-app paths, full addresses and payloads without a link alone', () => {
    expect(withAbsoluteLink(payload, 'in_app', 'https://talon.example.ru')).toBe(payload);
    expect(withAbsoluteLink(payload, 'push', 'https://talon.example.ru')).toBe(payload);
    const full = { link: 'https://gosuslugi.ru/' };
    expect(withAbsoluteLink(full, 'sms', 'https://talon.example.ru')).toBe(full);
    expect(withAbsoluteLink({ at: 'x' }, 'sms', 'https://talon.example.ru')).toEqual({ at: 'x' });
    expect(withAbsoluteLink(payload, 'sms', undefined)).toBe(payload);
  });
});
