import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared';
import { dataChangeScopeOf, handlesPatientOf } from './data-change-scope';
import {
  isDataChangeOverdue,
  mayConfirm,
  statusAfterApply,
  statusAfterDecision,
} from './data-change-workflow';
import { parseDataChangeValue } from './parse-data-change-value';

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other';
  }
  return null;
};

describe('data-change workflow', () => {
  it('decides an open request once', () => {
    expect(statusAfterDecision('in_progress', 'approve')).toBe('approved');
    expect(statusAfterDecision('in_progress', 'reject')).toBe('rejected');
    for (const status of ['approved', 'rejected', 'applied'] as const) {
      expect(codeOf(() => statusAfterDecision(status, 'approve'))).toBe('DATA_CHANGE_STATUS_CONFLICT');
    }
  });

  it('applies only an approved request, a phone or e-mail only once confirmed', () => {
    const at = new Date('2026-12-01T10:00:00Z');
    expect(statusAfterApply({ status: 'approved', category: 'address', confirmedAt: null })).toBe('applied');
    for (const status of ['in_progress', 'rejected', 'applied'] as const) {
      expect(codeOf(() => statusAfterApply({ status, category: 'address', confirmedAt: null }))).toBe(
        'DATA_CHANGE_STATUS_CONFLICT',
      );
    }
    expect(codeOf(() => statusAfterApply({ status: 'approved', category: 'phone', confirmedAt: null }))).toBe(
      'DATA_CHANGE_NOT_CONFIRMED',
    );
    expect(statusAfterApply({ status: 'approved', category: 'email', confirmedAt: at })).toBe('applied');
  });

  it('takes a code for an open phone or e-mail request not yet confirmed', () => {
    expect(mayConfirm({ status: 'in_progress', category: 'phone', confirmedAt: null })).toBe(true);
    expect(mayConfirm({ status: 'approved', category: 'email', confirmedAt: null })).toBe(true);
    expect(mayConfirm({ status: 'in_progress', category: 'address', confirmedAt: null })).toBe(false);
    expect(mayConfirm({ status: 'rejected', category: 'phone', confirmedAt: null })).toBe(false);
    expect(mayConfirm({ status: 'approved', category: 'phone', confirmedAt: new Date() })).toBe(false);
  });

  it('counts only open requests as overdue', () => {
    const now = new Date('2026-12-10T00:00:00Z');
    const dueAt = new Date('2026-12-09T20:59:59.999Z');
    expect(isDataChangeOverdue({ status: 'approved', dueAt }, now)).toBe(true);
    expect(isDataChangeOverdue({ status: 'applied', dueAt }, now)).toBe(false);
    expect(isDataChangeOverdue({ status: 'in_progress', dueAt: now }, now)).toBe(false);
  });
});

describe('data-change scope', () => {
  it('gives the registry and admin of the clinic its patients, a system admin all', () => {
    const registrar = { roles: [{ role: 'registrar' as const, organizationId: 'org-a', regionCode: null }] };
    expect(dataChangeScopeOf(registrar.roles as never)).toEqual({
      kind: 'organizations',
      organizationIds: ['org-a'],
    });
    expect(handlesPatientOf(registrar, 'org-a')).toBe(true);
    expect(handlesPatientOf(registrar, 'org-b')).toBe(false);
    expect(handlesPatientOf(registrar, null)).toBe(false);
    const doctor = { roles: [{ role: 'doctor', organizationId: 'org-a' }] };
    expect(handlesPatientOf(doctor, 'org-a')).toBe(false);
    expect(dataChangeScopeOf([{ role: 'system_admin', organizationId: null }] as never)).toEqual({
      kind: 'all',
    });
  });
});

describe('parseDataChangeValue', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const fieldOf = (work: () => unknown) => {
    try {
      work();
    } catch (error) {
      return (error as DomainError).options.fieldErrors?.[0]?.field;
    }
    return null;
  };

  it('normalises each category', () => {
    expect(parseDataChangeValue('phone', '8 (912) 345-67-89', now)).toBe('+79123456789');
    expect(parseDataChangeValue('email', ' Anna@Example.RU ', now)).toBe('anna@example.ru');
    expect(parseDataChangeValue('full_name', 'иванова  анна сергеевна', now)).toBe('Иванова Анна Сергеевна');
    expect(parseDataChangeValue('birth_date', '01.02.1990', now)).toBe('1990-02-01');
    expect(parseDataChangeValue('identity_document', '4512345678', now)).toBe('4512 345678');
    expect(parseDataChangeValue('address', ' г. Москва,  ул. Ленина, д. 1 ', now)).toBe(
      'г. Москва, ул. Ленина, д. 1',
    );
  });

  it('refuses a value that is not of its category, on newValue', () => {
    expect(fieldOf(() => parseDataChangeValue('phone', '+1 202 555 0100', now))).toBe('body.newValue');
    expect(fieldOf(() => parseDataChangeValue('oms_policy', '1234567890123456', now))).toBe('body.newValue');
    expect(fieldOf(() => parseDataChangeValue('email', 'not-an-address', now))).toBe('body.newValue');
    expect(fieldOf(() => parseDataChangeValue('full_name', 'Иванова', now))).toBe('body.newValue');
    expect(fieldOf(() => parseDataChangeValue('birth_date', '01.02.2030', now))).toBe('body.newValue');
    expect(fieldOf(() => parseDataChangeValue('address', 'д', now))).toBe('body.newValue');
  });
});
