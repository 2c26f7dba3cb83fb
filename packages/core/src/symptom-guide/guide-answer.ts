import type { Specialty } from '../directory';
import {
  AMBULANCE_PHONE,
  type GuideAnswer,
  type GuideRules,
  type RedFlagAlert,
  type SpecialtyAdvice,
  type SpecialtySuggestion,
} from './symptom-guide.types';

/** At most this many specialties are suggested: where to start and the next step or two. */
export const MAX_SUGGESTIONS = 4;

export interface Recognized {
  /** Red-flag codes found in the words. */
  redFlags: readonly string[];
  /** Symptom codes, found in the words or picked, without repeats, in the table's order. */
  symptoms: readonly string[];
  age?: number;
}

/**
 * The red flags to show: those named in the words, those raised by a recognised symptom (picking «Боль в
 * груди» is the same as writing it) and those of an age (fever below one year). In the table's order, which
 * is their order on the page, before any suggestion.
 */
export function redFlagsOf(rules: GuideRules, recognized: Recognized): RedFlagAlert[] {
  const raised = new Set(recognized.redFlags);
  for (const code of recognized.symptoms) {
    const flag = rules.symptoms.find((s) => s.code === code)?.redFlag;
    if (flag) raised.add(flag);
  }
  for (const flag of rules.redFlags) {
    const byAge =
      flag.ageBelow === undefined || (recognized.age !== undefined && recognized.age < flag.ageBelow);
    if (byAge && flag.symptoms?.some((code) => recognized.symptoms.includes(code))) raised.add(flag.code);
  }
  return rules.redFlags
    .filter((flag) => raised.has(flag.code))
    .map(({ code, title, advice }) => ({ code, title, advice, phone: AMBULANCE_PHONE }));
}

/**
 * A child (below `children.ageBelow`) sees children's doctors: the table's `replace` (therapist →
 * pediatrician, surgeon → pediatric surgeon, …), and any other adult-only specialty → the pediatrician, who
 * refers on. The reason then says so.
 */
function forAge(rules: GuideRules, byCode: ReadonlyMap<string, Specialty>, age: number | undefined) {
  const isChild = age !== undefined && age < rules.children.ageBelow;
  return (advice: SpecialtyAdvice): SpecialtyAdvice => {
    if (!isChild) return advice;
    const replaced =
      rules.children.replace[advice.code] ??
      (byCode.get(advice.code)?.ageGroup === 'adult' ? rules.children.replace.therapist : undefined);
    return replaced ? { code: replaced, reason: rules.children.reason } : advice;
  };
}

/**
 * The specialties to suggest, best first. Each recognised symptom lists its specialties in order (the first
 * is where to start, usually the therapist); a specialty scores 1 for a first place, 1/2 for a second, …
 * summed over the symptoms, so the doctor who covers most of the complaint leads. Ties keep the table's order.
 * Nothing recognised: the table's fallback (the therapist, or the pediatrician for a child).
 */
export function suggestionsOf(
  rules: GuideRules,
  specialties: readonly Specialty[],
  recognized: Recognized,
): SpecialtySuggestion[] {
  const byCode = new Map(specialties.map((s) => [s.code, s]));
  const adapt = forAge(rules, byCode, recognized.age);
  const scored = new Map<string, { score: number; reason: string; symptoms: string[] }>();
  const add = (advice: SpecialtyAdvice, weight: number, symptom: string | null) => {
    const { code, reason } = adapt(advice);
    const entry = scored.get(code) ?? { score: 0, reason, symptoms: [] };
    entry.score += weight;
    if (symptom && !entry.symptoms.includes(symptom)) entry.symptoms.push(symptom);
    scored.set(code, entry);
  };
  for (const code of recognized.symptoms) {
    const symptom = rules.symptoms.find((s) => s.code === code);
    symptom?.specialties.forEach((advice, index) => {
      add(advice, 1 / (index + 1), symptom.name);
    });
  }
  if (scored.size === 0) add(rules.fallback, 1, null);
  return [...scored.entries()]
    .sort(([, a], [, b]) => b.score - a.score)
    .flatMap(([code, entry]) => {
      const specialty = byCode.get(code);
      if (!specialty) return [];
      return [
        {
          specialtyCode: code,
          specialtyName: specialty.name,
          reason: entry.reason,
          symptoms: entry.symptoms,
          selfBooking: specialty.selfBooking,
          referralRequired: specialty.referralRequired,
        },
      ];
    })
    .slice(0, MAX_SUGGESTIONS);
}

/** The answer by the rules alone: red flags first, suggestions in the rules' order. */
export function answerByRules(
  rules: GuideRules,
  specialties: readonly Specialty[],
  recognized: Recognized,
): GuideAnswer {
  return {
    redFlags: redFlagsOf(rules, recognized),
    suggestions: suggestionsOf(rules, specialties, recognized),
    recognized: recognized.symptoms.flatMap((code) => {
      const symptom = rules.symptoms.find((s) => s.code === code);
      return symptom ? [{ code, name: symptom.name }] : [];
    }),
    rankedBy: 'rules',
    disclaimer: rules.disclaimer,
    rulesVersion: rules.version,
  };
}
