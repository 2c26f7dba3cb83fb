import { describe, expect, it } from 'vitest';
import { readFilters, statusOptions, writeFilters } from './request-history-filters';

describe('request history filters', () => {
  it('reads what the address holds and drops what is malformed', () => {
    expect(readFilters(new URLSearchParams('type=data_change&status=approved&from=2026-11-01&to=x'))).toEqual(
      {
        type: 'data_change',
        status: 'approved',
        from: '2026-11-01',
        to: '',
      },
    );
    expect(readFilters(new URLSearchParams('type=nonsense&status=booked'))).toEqual({
      type: '',
      status: 'booked',
      from: '',
      to: '',
    });
    // A status of another type is dropped.
    expect(readFilters(new URLSearchParams('type=data_request&status=booked')).status).toBe('');
  });

  it('writes only the filters set, and offers each status once', () => {
    expect(writeFilters({ type: 'appointment', status: '', from: '', to: '2026-12-31' }).toString()).toBe(
      'type=appointment&to=2026-12-31',
    );
    const all = statusOptions('');
    expect(new Set(all).size).toBe(all.length);
    expect(statusOptions('data_change')).toEqual(['in_progress', 'approved', 'applied', 'rejected']);
  });
});
