import { describe, expect, it } from 'vitest';
import type { LoadRow } from './analytics.types';
import { loadCsvTable } from './load-csv';
import { buildLoadReport, emptyFigures, onlineShare } from './load-report';

const row = (date: string, practitionerId: string, figures: Partial<LoadRow>): LoadRow => ({
  ...emptyFigures(),
  date,
  organizationId: 'o1',
  organizationName: 'ГП 1',
  specialtyCode: 'therapist',
  specialtyName: 'Терапевт',
  practitionerId,
  practitionerName: practitionerId === 'p1' ? 'Иванов И. И.' : 'Петров П. П.',
  ...figures,
});

describe('buildLoadReport', () => {
  const rows = [
    row('2026-12-01', 'p1', {
      offered: 10,
      booked: 4,
      fulfilled: 3,
      noshow: 1,
      channels: { ...emptyFigures().channels, internet: 2, mobile: 1, registry: 1 },
    }),
    row('2026-12-03', 'p1', {
      offered: 5,
      booked: 1,
      cancelledByPatient: 1,
      channels: { ...emptyFigures().channels, registry: 1 },
    }),
    row('2026-12-03', 'p2', { offered: 8 }),
  ];

  it('sums the totals and the online share', () => {
    const report = buildLoadReport('2026-12-01', '2026-12-03', rows);
    expect(report.totals).toMatchObject({
      offered: 23,
      booked: 5,
      fulfilled: 3,
      noshow: 1,
      cancelledByPatient: 1,
    });
    expect(report.totals.onlineShare).toBe(0.6);
  });

  it('gives every day of the period a point, zeros where nothing happened', () => {
    const report = buildLoadReport('2026-12-01', '2026-12-03', rows);
    expect(report.days.map((d) => [d.date, d.offered, d.onlineShare])).toEqual([
      ['2026-12-01', 10, 0.75],
      ['2026-12-02', 0, null],
      ['2026-12-03', 13, 0],
    ]);
  });

  it('groups per practitioner over the period', () => {
    const report = buildLoadReport('2026-12-01', '2026-12-03', rows);
    expect(report.groups.map((g) => [g.practitionerName, g.offered, g.booked])).toEqual([
      ['Иванов И. И.', 15, 5],
      ['Петров П. П.', 8, 0],
    ]);
  });
});

describe('loadCsvTable', () => {
  it('writes one line per row with the share in per cent and a decimal comma', () => {
    const table = loadCsvTable([
      row('2026-12-01', 'p1', {
        booked: 3,
        channels: { ...emptyFigures().channels, internet: 1, registry: 2 },
      }),
    ]);
    expect(table.rows[0]?.at(-1)).toBe('33,3');
    expect(table.rows[0]?.length).toBe(table.columns.length);
    expect(onlineShare(emptyFigures())).toBeNull();
  });
});
