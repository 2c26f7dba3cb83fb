import { describe, expect, it } from 'vitest';
import type { EnrolmentView } from './courses.types';
import { creditsByPractitioner } from './credits-report';

const enrolment = (
  id: string,
  practitioner: string,
  status: EnrolmentView['status'],
  course: { id: string; endsOn: string; credits: number },
): EnrolmentView => ({
  id,
  status,
  course: {
    ...course,
    title: `Курс ${course.id}`,
    startsOn: '2026-01-01',
    format: 'online',
    direction: 'management',
  },
  practitioner: { id: practitioner, name: practitioner === 'p1' ? 'Иванова А. А.' : 'Алексеев Б. Б.' },
  organization: { id: 'o1', name: 'Поликлиника № 1' },
  accountId: `a-${practitioner}`,
  createdAt: new Date(),
  decidedAt: null,
  cancelledBy: null,
  reason: null,
});

describe('completed courses and credits', () => {
  it('counts approved enrolments of ended courses only, summing credits per practitioner', () => {
    const report = creditsByPractitioner(
      [
        enrolment('e1', 'p1', 'approved', { id: 'c1', endsOn: '2026-03-01', credits: 2 }),
        enrolment('e2', 'p1', 'approved', { id: 'c2', endsOn: '2026-02-01', credits: 1 }),
        // Ends today: not over yet.
        enrolment('e3', 'p1', 'approved', { id: 'c3', endsOn: '2026-06-10', credits: 4 }),
        enrolment('e4', 'p1', 'processing', { id: 'c4', endsOn: '2026-02-01', credits: 3 }),
        enrolment('e5', 'p2', 'cancelled', { id: 'c1', endsOn: '2026-03-01', credits: 2 }),
        enrolment('e6', 'p2', 'approved', { id: 'c5', endsOn: '2026-05-01', credits: 6 }),
      ],
      '2026-06-10',
    );
    expect(report.map((r) => [r.practitioner.name, r.totalCredits, r.courses.map((c) => c.id)])).toEqual([
      ['Алексеев Б. Б.', 6, ['c5']],
      ['Иванова А. А.', 3, ['c2', 'c1']],
    ]);
  });
});
