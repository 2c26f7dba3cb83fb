import type { GuideAnswer, SpecialtySuggestion } from './symptom-guide.types';

/**
 * Reorders the rules' suggestions by a ranker's answer — and can do nothing else: codes it invents are
 * ignored, repeats count once, the suggestions it leaves out follow in the rules' order, and the red flags are
 * not its to touch (they are copied as the rules made them). The guarantee of docs/symptom-guide.md.
 */
export function applyRanking(answer: GuideAnswer, ranked: readonly string[]): GuideAnswer {
  const byCode = new Map(answer.suggestions.map((s) => [s.specialtyCode, s]));
  const first: SpecialtySuggestion[] = [];
  for (const code of ranked) {
    const suggestion = byCode.get(code);
    if (suggestion && !first.includes(suggestion)) first.push(suggestion);
  }
  const rest = answer.suggestions.filter((s) => !first.includes(s));
  return { ...answer, redFlags: answer.redFlags, suggestions: [...first, ...rest], rankedBy: 'model' };
}
