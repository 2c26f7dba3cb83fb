import type { Principal } from '../identity';
import { DomainError } from '../shared';
import { applyRanking } from './apply-ranking';
import { answerByRules } from './guide-answer';
import { compileRules, matchComplaint } from './match-complaint';
import { GUIDE_RULES } from './rule-table';
import { SymptomGuideErrorCode } from './symptom-guide.errors';
import type { SymptomGuideDeps } from './symptom-guide.ports';
import type { GuideAnswer, GuideInput, GuideRules } from './symptom-guide.types';

/** The table's phrases stemmed once per process. */
const COMPILED = compileRules(GUIDE_RULES);

/** The picked codes, checked against the table; an unknown one is refused with its field. */
function pickedSymptoms(rules: GuideRules, picked: readonly string[]): string[] {
  for (const code of picked) {
    if (!rules.symptoms.some((s) => s.code === code)) {
      throw new DomainError(SymptomGuideErrorCode.UNKNOWN_SYMPTOM, {
        field: 'body.symptoms',
        params: { code },
      });
    }
  }
  return [...picked];
}

/**
 * «Не знаете, к какому врачу?» (issue 17 item 4): from the patient's words and/or the picked symptoms, the
 * red flags that need an ambulance and the specialties to book, the therapist (the pediatrician for a child)
 * usually first, each with its reason. Never a diagnosis (docs/domain.md rule 30). Anyone may ask; nothing
 * asked is stored or logged.
 *
 * The rules decide; the optional ranker may only reorder the suggestions (`applyRanking`), and a ranker that
 * fails or times out leaves the rules' order. Red flags come from the rules alone, always.
 */
export async function guideSymptoms(
  deps: SymptomGuideDeps,
  _principal: Principal | null,
  input: GuideInput,
): Promise<GuideAnswer> {
  const picked = pickedSymptoms(GUIDE_RULES, input.symptoms ?? []);
  const found = input.text ? matchComplaint(COMPILED, input.text) : { redFlags: [], symptoms: [] };
  // A red flag in the words counts as its symptom of the picker too (chest pain → then the therapist, ECG).
  const symptoms = GUIDE_RULES.symptoms
    .filter(
      (s) =>
        picked.includes(s.code) ||
        found.symptoms.includes(s.code) ||
        (s.redFlag !== undefined && found.redFlags.includes(s.redFlag)),
    )
    .map((s) => s.code);
  const answer = answerByRules(GUIDE_RULES, await deps.directory.listSpecialties(), {
    redFlags: found.redFlags,
    symptoms,
    age: input.age,
  });
  if (!deps.ranker || !input.text || answer.suggestions.length < 2) return answer;
  try {
    const ranked = await deps.ranker.rank({
      complaint: input.text,
      recognized: answer.recognized.map((s) => s.name),
      candidates: answer.suggestions.map((s) => ({ code: s.specialtyCode, name: s.specialtyName })),
      age: input.age,
    });
    return applyRanking(answer, ranked);
  } catch {
    // The model is an extra: when it fails, is slow or answers nonsense, the rules' order stands.
    return answer;
  }
}
