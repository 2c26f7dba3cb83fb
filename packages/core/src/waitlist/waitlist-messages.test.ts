import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messaging';

describe('waitlist_offer SMS', () => {
  it('names the clinic-local time, the clinic and the expiry; no personal data, not even the specialty', () => {
    const rendered = renderMessage('waitlist_offer', 'sms', {
      at: '03.12.2026 в 11:00',
      clinic: 'Городская поликлиника № 14',
      specialty: 'Офтальмолог',
      until: '09:15',
      link: '/waitlist',
    });
    expect(rendered).toEqual({
      channel: 'sms',
      text: 'Талон: освободилось время по листу ожидания — 03.12.2026 в 11:00, Городская поликлиника № 14. Оно закреплено за вами до 09:15 (время клиники). Записаться: /waitlist.',
    });
  });

  it('needs the time, the clinic and the expiry', () => {
    expect(() => renderMessage('waitlist_offer', 'sms', { at: 'x', clinic: 'y' })).toThrow('INVALID_PAYLOAD');
  });
});
