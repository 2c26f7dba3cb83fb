import { describe, expect, it } from 'vitest';
import { FhirError } from './fhir-outcome';
import { dateRange, pageOf, referenceParam, tokenParam } from './fhir-search-params';

const id = '7c4e3d8f-a0a0-4bce-b1ba-d18e9fa0b1c3';
const query = (entries: [string, string][]) => {
  const map = new Map<string, string[]>();
  for (const [k, v] of entries) map.set(k, [...(map.get(k) ?? []), v]);
  return map;
};

describe('FHIR search parameters', () => {
  it('pages 20 by default, at most 100, from the offset', () => {
    expect(pageOf(query([]))).toEqual({ count: 20, offset: 0 });
    expect(
      pageOf(
        query([
          ['_count', '500'],
          ['_offset', '40'],
        ]),
      ),
    ).toEqual({ count: 100, offset: 40 });
    expect(() => pageOf(query([['_count', '-1']]))).toThrow(FhirError);
    expect(() =>
      pageOf(
        query([
          ['_count', '1'],
          ['_count', '2'],
        ]),
      ),
    ).toThrow(/одно значение/);
  });

  it('reads references of the allowed types only, a bare id when one type is allowed', () => {
    expect(referenceParam('schedule', id, ['Schedule'])).toEqual({ type: 'Schedule', id });
    expect(referenceParam('actor', `Location/${id}`, ['Practitioner', 'Location'])).toEqual({
      type: 'Location',
      id,
    });
    expect(() => referenceParam('actor', id, ['Practitioner', 'Location'])).toThrow(FhirError);
    expect(() => referenceParam('schedule', 'Schedule/42', ['Schedule'])).toThrow(FhirError);
  });

  it('matches a token of its own system or none, and nothing of another system', () => {
    expect(tokenParam('t', 'surgeon', 'urn:x')).toBe('surgeon');
    expect(tokenParam('t', 'urn:x|surgeon', 'urn:x')).toBe('surgeon');
    expect(tokenParam('t', 'urn:y|surgeon', 'urn:x')).toBeNull();
  });

  it('turns ge/gt/lt/le bounds into a half-open range, the narrowest of each side', () => {
    expect(
      dateRange('start', [
        'ge2026-12-08T09:00:00+03:00',
        'ge2026-12-08',
        'lt2026-12-09',
        'le2026-12-08T12:00:00Z',
      ]),
    ).toEqual({ from: new Date('2026-12-08T06:00:00Z'), before: new Date('2026-12-08T12:00:00.001Z') });
    expect(dateRange('start', ['gt2026-12-08T06:00:00Z'])).toEqual({
      from: new Date('2026-12-08T06:00:00.001Z'),
    });
    expect(() => dateRange('start', ['eq2026-12-08'])).toThrow(/префиксы/);
    expect(() => dateRange('start', ['ge2026-12-08T09:00'])).toThrow(FhirError);
  });
});
