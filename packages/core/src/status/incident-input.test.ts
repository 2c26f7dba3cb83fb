import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared';
import { validateIncident, validateIncidentUpdate } from './incident-input';

const fieldsOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return [error.code, error.options.fieldErrors?.map((e) => e.field)];
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('validateIncident', () => {
  it('trims, de-duplicates components and starts investigating', () => {
    expect(
      validateIncident({
        title: '  Не приходят SMS ',
        severity: 'major',
        components: ['delivery_sms', 'delivery_sms'],
        text: ' Ищем причину. ',
      }),
    ).toEqual({
      title: 'Не приходят SMS',
      severity: 'major',
      components: ['delivery_sms'],
      text: 'Ищем причину.',
      status: 'investigating',
    });
  });

  it('names every wrong field at once', () => {
    expect(
      fieldsOf(() =>
        validateIncident({
          title: ' ',
          severity: 'huge',
          components: ['kitchen'],
          text: '',
          status: 'resolved',
        }),
      ),
    ).toEqual([
      'STATUS_INCIDENT_INVALID',
      ['body.title', 'body.severity', 'body.components', 'body.text', 'body.status'],
    ]);
    expect(
      fieldsOf(() =>
        validateIncident({ title: 'x'.repeat(201), severity: 'minor', components: [], text: 'a' }),
      ),
    ).toEqual(['STATUS_INCIDENT_INVALID', ['body.title', 'body.components']]);
  });
});

describe('validateIncidentUpdate', () => {
  it('moves an open incident to any status, back too', () => {
    expect(validateIncidentUpdate('monitoring', { text: 'Снова ошибки', status: 'identified' })).toEqual({
      text: 'Снова ошибки',
      status: 'identified',
    });
    expect(validateIncidentUpdate('investigating', { text: 'Исправлено', status: 'resolved' }).status).toBe(
      'resolved',
    );
  });

  it('refuses updates of a resolved incident, and empty or unknown fields', () => {
    expect(fieldsOf(() => validateIncidentUpdate('resolved', { text: 'a', status: 'monitoring' }))).toEqual([
      'STATUS_INCIDENT_RESOLVED',
      undefined,
    ]);
    expect(fieldsOf(() => validateIncidentUpdate('identified', { text: '', status: 'closed' }))).toEqual([
      'STATUS_INCIDENT_INVALID',
      ['body.text', 'body.status'],
    ]);
  });
});
