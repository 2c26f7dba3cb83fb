import { describe, expect, it } from 'vitest';
import { parseOrganizationKind } from './organization-kinds';

describe('parseOrganizationKind', () => {
  it('accepts known kinds only', () => {
    expect(parseOrganizationKind('dental')).toBe('dental');
    expect(parseOrganizationKind('spa')).toBeUndefined();
    expect(parseOrganizationKind(null)).toBeUndefined();
  });
});
