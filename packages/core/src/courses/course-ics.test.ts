import { describe, expect, it } from 'vitest';
import { renderCourseIcs } from './course-ics';
import type { CourseView } from './courses.types';

const course: CourseView = {
  id: 'c1',
  code: 'NMO-01',
  title: 'Ультразвуковая диагностика, часть 1',
  provider: 'Учебный центр',
  direction: 'clinical_diagnostics',
  format: 'mixed',
  credits: 2,
  hours: 72,
  startsOn: '2026-12-30',
  endsOn: '2026-12-31',
  priceRub: 12000,
  seats: 10,
  approvedCount: 0,
  location: 'Москва, ул. Ленина, 1',
  requirements: 'Высшее медицинское образование; сертификат',
  description: '',
};

describe('course calendar file', () => {
  it('is one all-day event over the course days, the end exclusive across the year', () => {
    const ics = renderCourseIcs(course, { now: new Date('2026-12-01T10:00:00Z'), domain: 'talon.test' });
    expect(ics).toContain('DTSTART;VALUE=DATE:20261230\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20270101\r\n');
    expect(ics).toContain('UID:course-c1@talon.test\r\n');
    const unfolded = ics.replaceAll('\r\n ', '');
    expect(unfolded).toContain('SUMMARY:Курс: Ультразвуковая диагностика\\, часть 1\r\n');
    expect(unfolded).toContain('LOCATION:Москва\\, ул. Ленина\\, 1');
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('names an online course’s place as online', () => {
    const ics = renderCourseIcs(
      { ...course, format: 'online', location: null },
      { now: new Date(), domain: 'talon.test' },
    );
    expect(ics).toContain('LOCATION:Онлайн');
  });
});
