import { describe, expect, it } from 'vitest';
import type { Specialty } from '../directory';
import { DomainError } from '../shared';
import { guideSymptoms } from './guide-symptoms';
import { GUIDE_RULES } from './rule-table';
import type { RankingRequest, SuggestionRanker, SymptomGuideDeps } from './symptom-guide.ports';

/** The specialties the table names, as the directory lists them (codes of the reference list). */
const specialty = (
  code: string,
  name: string,
  ageGroup: Specialty['ageGroup'],
  selfBooking = true,
): Specialty => ({
  code,
  name,
  kind: 'doctor',
  ageGroup,
  normMinutes: null,
  defaultSlotMinutes: 15,
  selfBooking,
  referralRequired: !selfBooking,
  attachmentRequired: false,
});
const SPECIALTIES: Specialty[] = [
  specialty('therapist', 'Терапевт участковый', 'adult'),
  specialty('pediatrician', 'Педиатр участковый', 'child'),
  specialty('surgeon', 'Хирург', 'adult'),
  specialty('pediatric-surgeon', 'Детский хирург', 'child'),
  specialty('neurologist', 'Невролог', 'any', false),
  specialty('cardiologist', 'Кардиолог', 'adult', false),
  specialty('pulmonologist', 'Пульмонолог', 'adult', false),
  specialty('gastroenterologist', 'Гастроэнтеролог', 'any', false),
  specialty('ophthalmologist', 'Офтальмолог', 'any'),
  specialty('dentist-therapist', 'Стоматолог-терапевт', 'adult'),
  specialty('pediatric-dentist', 'Стоматолог детский', 'child'),
];

const depsWith = (ranker: SuggestionRanker | null = null): SymptomGuideDeps => ({
  directory: { listSpecialties: async () => SPECIALTIES },
  ranker,
});
const guide = (input: Parameters<typeof guideSymptoms>[2], ranker: SuggestionRanker | null = null) =>
  guideSymptoms(depsWith(ranker), null, input);
const codesOf = (answer: Awaited<ReturnType<typeof guideSymptoms>>) =>
  answer.suggestions.map((s) => s.specialtyCode);

describe('guideSymptoms: where to book, red flags first', () => {
  it('a headache leads to the therapist first, with the reason, then the neurologist', async () => {
    const answer = await guide({ text: 'Третий день болит голова' });
    expect(answer.redFlags).toEqual([]);
    expect(codesOf(answer)).toEqual(['therapist', 'neurologist']);
    expect(answer.suggestions[0]).toMatchObject({
      specialtyName: 'Терапевт участковый',
      symptoms: ['Головная боль'],
      selfBooking: true,
    });
    expect(answer.suggestions[0]?.reason).toMatch(/терапевт/i);
    expect(answer.recognized).toEqual([{ code: 'headache', name: 'Головная боль' }]);
    expect(answer.disclaimer).toBe(GUIDE_RULES.disclaimer);
  });

  it('chest pain radiating to the arm is a red flag with 103, whatever else is suggested', async () => {
    const answer = await guide({ text: 'болит грудь, отдаёт в руку' });
    expect(answer.redFlags).toEqual([expect.objectContaining({ code: 'chest-pain', phone: '103' })]);
  });

  it('picking a red-flag symptom raises its flag as writing it does', async () => {
    const answer = await guide({ symptoms: ['face-droop'] });
    expect(answer.redFlags.map((f) => f.code)).toEqual(['stroke']);
  });

  it('a child is sent to the pediatrician instead of the therapist, and to children’s doctors', async () => {
    const answer = await guide({ text: 'болит голова и кашель', age: 7 });
    expect(codesOf(answer)[0]).toBe('pediatrician');
    expect(codesOf(answer)).not.toContain('therapist');
    expect(codesOf(answer)).not.toContain('pulmonologist');
    expect((await guide({ symptoms: ['toothache'], age: 5 })).suggestions[0]?.specialtyCode).toBe(
      'pediatric-dentist',
    );
    expect(codesOf(await guide({ text: 'болит голова', age: 18 }))[0]).toBe('therapist');
  });

  it('fever below one year is a red flag; at three years it is not', async () => {
    expect((await guide({ symptoms: ['fever'], age: 0 })).redFlags.map((f) => f.code)).toEqual([
      'infant-fever',
    ]);
    expect((await guide({ symptoms: ['fever'], age: 3 })).redFlags).toEqual([]);
  });

  it('nothing recognised: start with the therapist (the pediatrician for a child)', async () => {
    expect(codesOf(await guide({ text: 'что-то непонятное' }))).toEqual(['therapist']);
    expect(codesOf(await guide({ text: 'что-то непонятное', age: 2 }))).toEqual(['pediatrician']);
  });

  it('a negated complaint is not counted', async () => {
    const answer = await guide({ text: 'температуры нет, голова не болит, кашляю' });
    expect(answer.recognized.map((s) => s.code)).toEqual(['cough']);
  });

  it('refuses an unknown picked symptom with its field', async () => {
    await expect(guide({ symptoms: ['headache', 'nonsense'] })).rejects.toMatchObject({
      code: 'UNKNOWN_SYMPTOM',
      options: { field: 'body.symptoms' },
    });
    await expect(guide({ symptoms: ['nonsense'] })).rejects.toBeInstanceOf(DomainError);
  });
});

describe('the optional ranker may only reorder the suggestions', () => {
  const complaint = 'болит грудь, отдаёт в руку, кашляю';

  it('its order is taken, and rankedBy says so', async () => {
    const rules = await guide({ text: complaint });
    const reversed = codesOf(rules).toReversed();
    const ranked = await guide({ text: complaint }, { rank: async () => reversed });
    expect(codesOf(ranked)).toEqual(reversed);
    expect(ranked.rankedBy).toBe('model');
  });

  it('cannot remove, add or repeat a suggestion, nor touch the red flags', async () => {
    const rules = await guide({ text: complaint });
    const seen: RankingRequest[] = [];
    const ranked = await guide(
      { text: complaint },
      {
        rank: async (request) => {
          seen.push(request);
          return ['oncologist', 'cardiologist', 'cardiologist'];
        },
      },
    );
    expect(ranked.redFlags).toEqual(rules.redFlags);
    expect(ranked.redFlags[0]?.code).toBe('chest-pain');
    expect(codesOf(ranked)[0]).toBe('cardiologist');
    expect(codesOf(ranked).toSorted()).toEqual(codesOf(rules).toSorted());
    expect(JSON.stringify(seen)).not.toContain('chest-pain');
    expect(seen[0]?.candidates.map((c) => c.code)).toEqual(codesOf(rules));
  });

  it('a failing or slow-then-failing ranker leaves the rules’ order', async () => {
    const rules = await guide({ text: complaint });
    const failed = await guide(
      { text: complaint },
      { rank: async () => Promise.reject(new Error('timeout')) },
    );
    expect(failed).toEqual(rules);
    expect(failed.rankedBy).toBe('rules');
  });

  it('is not asked without words or with one suggestion', async () => {
    let calls = 0;
    const ranker = {
      rank: async () => {
        calls++;
        return [];
      },
    };
    await guide({ symptoms: ['headache', 'cough'] }, ranker);
    await guide({ text: 'болит зуб' }, ranker);
    expect(calls).toBe(0);
  });
});
