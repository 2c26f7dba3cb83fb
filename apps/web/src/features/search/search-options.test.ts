import { describe, expect, it } from 'vitest';
import { freeTextHref, toSuggestionGroups } from './search-options';

describe('toSuggestionGroups', () => {
  it('orders specialties, doctors and clinics, leaves out empty groups and links each choice', () => {
    const groups = toSuggestionGroups({
      specialties: [{ code: 'ophthalmologist', name: 'Офтальмолог' }],
      practitioners: [],
      organizations: [{ id: 'c1', name: 'Поликлиника № 1', address: 'ул. Ленина, 1' }],
    });
    expect(groups.map((group) => group.kind)).toEqual(['specialty', 'organization']);
    expect(groups[0]?.options[0]?.href).toBe('/doctors?specialty=ophthalmologist');
    expect(groups[1]?.options[0]).toMatchObject({ href: '/clinics/c1', detail: 'ул. Ленина, 1' });
  });

  it("names a doctor's specialties and links their page", () => {
    const [group] = toSuggestionGroups({
      specialties: [],
      practitioners: [
        {
          id: 'p 1',
          name: 'Иванова Анна Петровна',
          specialties: [
            { code: 'therapist', name: 'Терапевт' },
            { code: 'cardiologist', name: 'Кардиолог' },
          ],
        },
      ],
      organizations: [],
    });
    expect(group?.options[0]).toMatchObject({
      label: 'Иванова Анна Петровна',
      detail: 'Терапевт, Кардиолог',
      href: '/doctors/p%201',
    });
  });

  it('has nothing before an answer', () => {
    expect(toSuggestionGroups(undefined)).toEqual([]);
  });
});

describe('freeTextHref', () => {
  it('searches the doctor list by the trimmed text', () => {
    expect(freeTextHref('  Иванова ')).toBe('/doctors?q=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2%D0%B0');
    expect(freeTextHref(' ')).toBe('/doctors');
  });
});
