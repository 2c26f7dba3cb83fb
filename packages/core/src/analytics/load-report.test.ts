import { describe, expect, it } from 'vitest';
import type { LoadRow } from './analytics.types';
import { loadCsvTable } from './load-csv';
import { buildLoadReport, emptyFigures, onlineShare, summarizeLoadRows } from './load-report';

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
      cancelledBy: { patient: 0, representative: 0, registry: 1, clinic: 0 },
      channels: { ...emptyFigures().channels, registry: 1 },
    }),
    row('2026-12-03', 'p2', { offered: 8 }),
  ];

  it('sums the totals and the online share', () => {
    const report = buildLoadReport('2026-12-01', '2026-12-03', summarizeLoadRows(rows));
    expect(report.totals).toMatchObject({
      offered: 23,
      booked: 5,
      fulfilled: 3,
      noshow: 1,
      cancelledByPatient: 1,
      cancelledBy: { patient: 0, representative: 0, registry: 1, clinic: 0 },
    });
    expect(report.totals.onlineShare).toBe(0.6);
  });

  it('gives every day of the period a point, zeros where nothing happened', () => {
    const report = buildLoadReport('2026-12-01', '2026-12-03', summarizeLoadRows(rows));
    expect(report.days.map((d) => [d.date, d.offered, d.onlineShare])).toEqual([
      ['2026-12-01', 10, 0.75],
      ['2026-12-02', 0, null],
      ['2026-12-03', 13, 0],
    ]);
  });

  it('groups per practitioner over the period', () => {
    const report = buildLoadReport('2026-12-01', '2026-12-03', summarizeLoadRows(rows));
    expect(report.groups.map((g) => [g.practitionerName, g.offered, g.booked])).toEqual([
      ['Иванов И. И.', 15, 5],
      ['Петров П. П.', 8, 0],
    ]);
  });

  it('groups per clinic and per clinic × specialty, and per practitioner only when asked', () => {
    const rows2 = [
      ...rows,
      row('2026-12-02', 'p3', { organizationId: 'o2', organizationName: 'ГП 2', offered: 2, booked: 2 }),
      row('2026-12-02', 'p4', { specialtyCode: 'surgeon', specialtyName: 'Хирург', offered: 1 }),
    ];
    const bySpecialty = buildLoadReport(
      '2026-12-01',
      '2026-12-03',
      summarizeLoadRows(rows2, 'specialty'),
      'specialty',
    );
    expect(bySpecialty.detail).toBe('specialty');
    expect(bySpecialty.organizations.map((o) => [o.organizationName, o.offered, o.booked])).toEqual([
      ['ГП 1', 24, 5],
      ['ГП 2', 2, 2],
    ]);
    expect(bySpecialty.specialties.map((g) => [g.organizationName, g.specialtyName, g.offered])).toEqual([
      ['ГП 1', 'Терапевт', 23],
      ['ГП 1', 'Хирург', 1],
      ['ГП 2', 'Терапевт', 2],
    ]);
    expect(bySpecialty.specialties[2]?.onlineShare).toBe(0);
    expect(bySpecialty.groups).toEqual([]);
    const byClinic = summarizeLoadRows(rows2, 'organization');
    expect([byClinic.organizations.length, byClinic.specialties.length, byClinic.groups.length]).toEqual([
      2, 0, 0,
    ]);
    expect(summarizeLoadRows(rows2).groups).toHaveLength(4);
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
    // Cancellations by who acted, in the order of the vocabulary: patient, representative, registry, clinic.
    expect(table.columns.slice(8, 12)).toEqual([
      'Отменено пациентом',
      'Отменено представителем',
      'Отменено регистратурой за пациента',
      'Отменено клиникой',
    ]);
    expect(table.rows[0]?.length).toBe(table.columns.length);
    expect(onlineShare(emptyFigures())).toBeNull();
  });
});

describe('cancellations by who acted', () => {
  it('sums each kind into the day, the practitioner and the totals', () => {
    const cancelled = (kind: 'representative' | 'clinic') =>
      row('2026-12-02', 'p1', {
        booked: 1,
        cancelledByPatient: kind === 'clinic' ? 0 : 1,
        cancelledByClinic: kind === 'clinic' ? 1 : 0,
        cancelledBy: { ...emptyFigures().cancelledBy, [kind]: 1 },
        channels: { ...emptyFigures().channels, internet: 1 },
      });
    const report = buildLoadReport(
      '2026-12-02',
      '2026-12-02',
      summarizeLoadRows([cancelled('representative'), cancelled('clinic'), cancelled('clinic')]),
    );
    expect(report.totals.cancelledBy).toEqual({ patient: 0, representative: 1, registry: 0, clinic: 2 });
    expect(report.days[0]?.cancelledBy.clinic).toBe(2);
    expect(report.groups[0]?.cancelledBy.representative).toBe(1);
    expect(report.totals).toMatchObject({ cancelledByPatient: 1, cancelledByClinic: 2 });
  });
});
