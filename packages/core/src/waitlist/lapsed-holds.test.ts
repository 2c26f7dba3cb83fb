import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messaging';
import { rebookPath } from './lapsed-holds';

describe('a lapsed hold notice', () => {
  it('leads back to the time choice of the same doctor, clinic and specialty', () => {
    expect(
      rebookPath({ practitionerId: 'p-1', organizationId: 'o-1', specialtyCode: 'ophthalmologist' }),
    ).toBe('/book?practitioner=p-1&organization=o-1&specialty=ophthalmologist');
  });

  it('says the time is no longer held, with no personal data', () => {
    const payload = {
      at: '03.12.2026 в 11:00',
      clinic: 'Городская поликлиника № 14',
      specialty: 'Офтальмолог',
      link: '/book?practitioner=p-1',
    };
    expect(renderMessage('hold_expired', 'in_app', payload)).toEqual({
      channel: 'in_app',
      title: 'Запись не завершена',
      body: 'Время 03.12.2026 в 11:00, Офтальмолог, Городская поликлиника № 14, больше не закреплено за вами. Выберите время снова.',
      url: '/book?practitioner=p-1',
    });
    expect(() => renderMessage('hold_expired', 'sms', payload)).toThrow();
  });
});
