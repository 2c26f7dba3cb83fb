import { describe, expect, it } from 'vitest';
import {
  bookingHref,
  formatNextSlot,
  nearestSlotRequests,
  nextSlotsByPractitioner,
  type TNearestSlotPage,
} from './next-slot';

type Entry = TNearestSlotPage['items'][number];

const CLINIC_A = { id: '00000000-0000-4000-8000-00000000000a', name: 'Поликлиника № 1' };
const CLINIC_B = { id: '00000000-0000-4000-8000-00000000000b', name: 'Поликлиника № 2' };
const THERAPIST = { code: 'therapist', name: 'Терапевт' };

let roleNumber = 0;
function entry(practitionerId: string, start: string | null, organization = CLINIC_A): Entry {
  roleNumber += 1;
  const practitioner = { id: practitionerId, name: `Врач ${practitionerId}` };
  return {
    practitionerRoleId: `role-${roleNumber}`,
    practitioner,
    organization,
    specialty: THERAPIST,
    slot: start
      ? {
          id: `slot-${roleNumber}`,
          start,
          end: start,
          timeZone: 'Europe/Moscow',
          visitType: 'in_person',
          isPriority: false,
          room: null,
          practitioner,
          organization,
          specialty: THERAPIST,
        }
      : null,
  };
}

const page = (items: Entry[], total = items.length): TNearestSlotPage => ({
  items,
  total,
  page: 1,
  pageSize: 100,
});

describe('nearestSlotRequests', () => {
  const doctors = [
    { specialties: [{ code: 'therapist' }, { code: 'cardiologist' }] },
    { specialties: [{ code: 'therapist' }] },
  ];

  it('asks once for a clinic, or once for a region with a specialty', () => {
    expect(nearestSlotRequests({ organization: 'org', region: '77' }, doctors)).toEqual([
      { organization: 'org' },
    ]);
    expect(nearestSlotRequests({ organization: 'org', specialty: 'therapist' }, doctors)).toEqual([
      { organization: 'org', specialty: 'therapist' },
    ]);
    expect(nearestSlotRequests({ region: '77', specialty: 'therapist' }, doctors)).toEqual([
      { region: '77', specialty: 'therapist' },
    ]);
  });

  it('asks a whole region once per specialty of the doctors shown, not once per doctor', () => {
    expect(nearestSlotRequests({ region: '77' }, doctors)).toEqual([
      { region: '77', specialty: 'cardiologist' },
      { region: '77', specialty: 'therapist' },
    ]);
    expect(nearestSlotRequests({ region: '77' }, [])).toEqual([]);
    expect(nearestSlotRequests({}, doctors)).toEqual([]);
  });
});

describe('nextSlotsByPractitioner', () => {
  it('keeps the soonest slot of a doctor over roles and answers', () => {
    const result = nextSlotsByPractitioner([
      page([entry('p1', '2026-12-03T09:30:00+03:00'), entry('p2', null)]),
      page([entry('p1', '2026-12-02T16:00:00+03:00', CLINIC_B), entry('p1', null)]),
    ]);
    const p1 = result.get('p1');
    expect(p1?.kind === 'slot' && p1.slot.organization.id).toBe(CLINIC_B.id);
    expect(result.get('p2')).toEqual({ kind: 'none' });
  });

  it('says «none» only for a doctor without a slot in any role', () => {
    const result = nextSlotsByPractitioner([
      page([entry('p1', null)]),
      page([entry('p1', '2026-12-04T10:00:00+03:00')]),
    ]);
    expect(result.get('p1')?.kind).toBe('slot');
  });

  it('leaves a doctor unknown while an answer is missing or cut short among the slots', () => {
    const slotless = page([entry('p2', null)]);
    expect(nextSlotsByPractitioner([slotless, undefined]).has('p2')).toBe(false);
    const cutShort = page([entry('p1', '2026-12-03T09:30:00+03:00')], 150);
    const result = nextSlotsByPractitioner([cutShort, slotless]);
    expect(result.get('p1')?.kind).toBe('slot');
    expect(result.has('p2')).toBe(false);
    // Cut short among the slotless roles: everything after it has no slot either.
    expect(nextSlotsByPractitioner([page([entry('p3', null)], 150)]).get('p3')).toEqual({ kind: 'none' });
  });
});

describe('formatNextSlot', () => {
  it('shows the day and time in the clinic zone, not the browser one', () => {
    // 20:00 UTC on 6 December is 08:00 on 7 December in Kamchatka.
    expect(formatNextSlot({ start: '2026-12-06T20:00:00Z', timeZone: 'Asia/Kamchatka' }, 'ru')).toEqual({
      date: '7 декабря',
      time: '08:00',
    });
    const english = formatNextSlot({ start: '2026-12-03T09:30:00+03:00', timeZone: 'Europe/Moscow' }, 'en');
    expect(english.date).toBe('December 3');
    // English reads a 12-hour clock (ICU may put a narrow no-break space before «AM»).
    expect(english.time).toMatch(/^09:30\sAM$/);
  });
});

describe('bookingHref', () => {
  it('opens the time choice for the slot doctor, clinic and specialty', () => {
    const slot = entry('p1', '2026-12-03T09:30:00+03:00').slot;
    expect(slot && bookingHref(slot)).toBe(
      `/book?practitioner=p1&organization=${CLINIC_A.id}&specialty=therapist`,
    );
  });
});
