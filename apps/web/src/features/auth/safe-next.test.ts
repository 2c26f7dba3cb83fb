import { describe, expect, it } from 'vitest';
import { homePathFor, loginPathFor, safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it('returns to a page of this site', () => {
    expect(safeNextPath('/account/security')).toBe('/account/security');
    expect(safeNextPath('/doctors?q=Иванов')).toBe('/doctors?q=Иванов');
  });

  it('refuses other sites and the identity pages themselves', () => {
    for (const next of [
      null,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/login',
      '/register',
    ])
      expect(safeNextPath(next)).toBe('/account');
  });

  it('builds the login address with the page to return to', () => {
    expect(loginPathFor('/account/security')).toBe('/login?next=%2Faccount%2Fsecurity');
  });
});

describe('homePathFor', () => {
  it('sends doctors and nurses to their cabinet, everyone else to the account', () => {
    expect(homePathFor([{ role: 'doctor' }])).toBe('/doctor');
    expect(homePathFor([{ role: 'registrar' }, { role: 'nurse' }])).toBe('/doctor');
    expect(homePathFor([{ role: 'patient' }])).toBe('/account');
    expect(homePathFor([])).toBe('/account');
  });
});
