import { describe, expect, it } from 'vitest';
import { serializeQuery } from '../../shared/api-client';
import {
  type HistoryFilters,
  historyApiQuery,
  historyExportHref,
  periodProblems,
  readHistoryParams,
  writeHistoryParams,
} from './history-filters';

const none: HistoryFilters = { from: '', to: '', practitioner: '', status: '', patientId: '' };
const doctor = '54f1630f-492e-4945-ab28-8ba73985106b';

describe('history filters in the address', () => {
  it('reads what it wrote, the page included', () => {
    const filters: HistoryFilters = {
      from: '2026-11-01',
      to: '2026-11-30',
      practitioner: doctor,
      status: 'fulfilled',
      patientId: '',
    };
    const params = writeHistoryParams(filters, 3);
    expect(params.toString()).toBe(
      `from=2026-11-01&to=2026-11-30&practitioner=${doctor}&status=fulfilled&page=3`,
    );
    expect(readHistoryParams(params)).toEqual({ filters, page: 3 });
  });

  it('leaves out malformed values and a bad page', () => {
    const read = readHistoryParams(
      new URLSearchParams('from=1.11.2026&to=2026-11-30&status=booked&practitioner=x&patientId=1&page=-2'),
    );
    expect(read).toEqual({ filters: { ...none, to: '2026-11-30' }, page: 1 });
  });
});

describe('history query of the API', () => {
  it('asks for every past status when none is chosen', () => {
    expect(serializeQuery(historyApiQuery(none, 'Europe/Moscow', { page: 1, pageSize: 20 }))).toBe(
      'status=fulfilled&status=noshow&status=cancelled_by_patient&status=cancelled_by_clinic&status=rescheduled&page=1&pageSize=20',
    );
  });

  it('sends the period as the user’s whole days with their offset, the end exclusive', () => {
    const query = new URLSearchParams(
      serializeQuery(
        historyApiQuery(
          { ...none, from: '2026-11-01', to: '2026-11-30', status: 'noshow', practitioner: doctor },
          'Asia/Yekaterinburg',
        ),
      ),
    );
    expect(query.getAll('status')).toEqual(['noshow']);
    expect(query.get('from')).toBe('2026-11-01T00:00:00+05:00');
    expect(query.get('to')).toBe('2026-12-01T00:00:00+05:00');
    expect(query.get('practitioner')).toBe(doctor);
    expect(query.has('page')).toBe(false);
  });

  it('exports with the same filters', () => {
    expect(
      historyExportHref('csv', { ...none, patientId: doctor, status: 'fulfilled' }, 'Europe/Moscow'),
    ).toBe(`/api/v1/appointments/export.csv?status=fulfilled&patientId=${doctor}`);
  });
});

describe('history period', () => {
  it('refuses an end before the start, on the end field', () => {
    expect(periodProblems({ from: '2026-11-10', to: '2026-11-01' })).toEqual({ to: 'toBeforeFrom' });
    expect(periodProblems({ from: '2026-11-01', to: '2026-11-01' })).toEqual({});
    expect(periodProblems({ from: '', to: '2026-11-01' })).toEqual({});
    expect(periodProblems({ from: '01.11.2026', to: '' })).toEqual({ from: 'dateFormat' });
  });
});
