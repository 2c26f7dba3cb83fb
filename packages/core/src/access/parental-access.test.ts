import { describe, expect, it } from 'vitest';
import {
  ageOn,
  decidesParentalAccess,
  fullYearsOn,
  representationOf,
  representedWards,
  type WardLinkFacts,
} from './parental-access';

const BORN = '2010-05-20';
const parent = (overrides: Partial<WardLinkFacts> = {}): WardLinkFacts => ({
  relation: 'parent',
  wardBirthDate: BORN,
  wardTimeZone: 'Europe/Moscow',
  isMedicalAccessAllowed: false,
  ...overrides,
});
/** Noon in Moscow on a calendar day. */
const moscowNoon = (day: string) => new Date(`${day}T09:00:00Z`);

describe('fullYearsOn', () => {
  it('counts a birthday from the start of its day', () => {
    expect(fullYearsOn(BORN, '2025-05-19')).toBe(14);
    expect(fullYearsOn(BORN, '2025-05-20')).toBe(15);
    expect(fullYearsOn(BORN, '2028-05-19')).toBe(17);
    expect(fullYearsOn(BORN, '2028-05-20')).toBe(18);
  });

  it('lets someone born on 29 February have their birthday on 28 February in other years', () => {
    expect(fullYearsOn('2008-02-29', '2026-02-27')).toBe(17);
    expect(fullYearsOn('2008-02-29', '2026-02-28')).toBe(18);
    expect(fullYearsOn('2008-02-29', '2028-02-28')).toBe(19);
    expect(fullYearsOn('2008-02-29', '2028-02-29')).toBe(20);
  });
});

describe('representationOf (323-ФЗ art. 54, docs/domain.md rule 24)', () => {
  it('gives a parent full access the day before the 15th birthday, booking only from that day', () => {
    expect(representationOf(parent(), moscowNoon('2025-05-19'))).toBe('full');
    expect(representationOf(parent(), moscowNoon('2025-05-20'))).toBe('booking');
  });

  it('keeps full access from 15 when the young person allows it', () => {
    expect(representationOf(parent({ isMedicalAccessAllowed: true }), moscowNoon('2025-05-20'))).toBe('full');
    expect(representationOf(parent({ isMedicalAccessAllowed: true }), moscowNoon('2028-05-19'))).toBe('full');
  });

  it("ends a parent's link on the 18th birthday, whatever the young person allowed", () => {
    expect(representationOf(parent(), moscowNoon('2028-05-19'))).toBe('booking');
    expect(representationOf(parent(), moscowNoon('2028-05-20'))).toBe('none');
    expect(representationOf(parent({ isMedicalAccessAllowed: true }), moscowNoon('2028-05-20'))).toBe('none');
  });

  it("counts the birthday on the calendar of the ward's region", () => {
    // 20 May 2028 begins in Vladivostok (UTC+10) at 14:00 UTC on the 19th, in Moscow (UTC+3) at 21:00 UTC.
    const at = new Date('2028-05-19T15:00:00Z');
    expect(representationOf(parent({ wardTimeZone: 'Asia/Vladivostok' }), at)).toBe('none');
    expect(representationOf(parent({ wardTimeZone: 'Europe/Moscow' }), at)).toBe('booking');
    expect(ageOn(BORN, at, 'Asia/Vladivostok')).toBe(18);
  });

  it("never ages out a guardian's link", () => {
    expect(representationOf(parent({ relation: 'guardian', wardBirthDate: '1950-01-01' }), new Date())).toBe(
      'full',
    );
  });
});

describe('decidesParentalAccess', () => {
  it('belongs to the young person from the 15th birthday until the 18th', () => {
    const zone = 'Europe/Moscow';
    expect(decidesParentalAccess(BORN, moscowNoon('2025-05-19'), zone)).toBe(false);
    expect(decidesParentalAccess(BORN, moscowNoon('2025-05-20'), zone)).toBe(true);
    expect(decidesParentalAccess(BORN, moscowNoon('2028-05-19'), zone)).toBe(true);
    expect(decidesParentalAccess(BORN, moscowNoon('2028-05-20'), zone)).toBe(false);
  });
});

describe('representedWards', () => {
  it('leaves out adult children and gives 15–17-year-olds the booking view', () => {
    const now = moscowNoon('2027-01-10');
    const wards = representedWards(
      [
        { ...parent({ wardBirthDate: '2020-01-01' }), wardPatientId: 'small' },
        { ...parent({ wardBirthDate: '2011-01-01' }), wardPatientId: 'teen' },
        { ...parent({ wardBirthDate: '2005-01-01' }), wardPatientId: 'grown' },
      ],
      now,
    );
    expect(wards).toEqual([
      { patientId: 'small', view: 'medical' },
      { patientId: 'teen', view: 'booking' },
    ]);
  });
});
