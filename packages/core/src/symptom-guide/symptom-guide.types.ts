import type { SymptomBodyArea } from '@talon/vocabulary/symptom-guide';

// The closed lists live in the vocabulary package (ADR 0005).
export * from '@talon/vocabulary/symptom-guide';

/** A specialty a symptom leads to, with the reason shown to the patient. */
export interface SpecialtyAdvice {
  /** A specialty code of the reference list (`packages/db/src/reference/specialties.json`). */
  code: string;
  reason: string;
}

/** A sign that needs an ambulance, not an appointment. */
export interface RedFlagRule {
  code: string;
  title: string;
  advice: string;
  /** Russian phrases; each matches in any word order and word form, never when negated. */
  phrases: readonly string[];
  /** Symptoms of the table that raise the flag by themselves (with `ageBelow`: only for younger patients). */
  symptoms?: readonly string[];
  /** The flag applies only below this age in full years. */
  ageBelow?: number;
}

/** A symptom of the picker and the phrases that name it. */
export interface SymptomRule {
  code: string;
  name: string;
  bodyArea: SymptomBodyArea;
  phrases: readonly string[];
  /** Picking this symptom raises this red flag (chest pain, stroke signs…). */
  redFlag?: string;
  /** In the order to suggest: the first is where to start (usually the therapist). */
  specialties: readonly SpecialtyAdvice[];
}

/** The reviewed rule table (`symptom-guide-rules.json`), listed for the doctors in docs/symptom-guide.md. */
export interface GuideRules {
  version: string;
  reviewedBy: string;
  reviewedAt: string;
  disclaimer: string;
  bodyAreas: readonly { code: SymptomBodyArea; name: string }[];
  redFlags: readonly RedFlagRule[];
  symptoms: readonly SymptomRule[];
  /** Where to start when nothing was recognised. */
  fallback: SpecialtyAdvice;
  /** Below `ageBelow` years: `replace` (therapist → pediatrician, …), and adult-only specialties → pediatrician. */
  children: { ageBelow: number; reason: string; replace: Readonly<Record<string, string>> };
}

/** What the patient told: their words, or the picker's body area and symptoms; the age when known. */
export interface GuideInput {
  text?: string;
  bodyArea?: SymptomBodyArea;
  symptoms?: readonly string[];
  age?: number;
}

export interface RedFlagAlert {
  code: string;
  title: string;
  advice: string;
  /** The number to call (103). */
  phone: string;
}

export interface SpecialtySuggestion {
  specialtyCode: string;
  specialtyName: string;
  reason: string;
  /** The recognised symptoms (names of the table) that led here. */
  symptoms: string[];
  /** A patient may book it without a referral. */
  selfBooking: boolean;
  referralRequired: boolean;
}

/** The guide's answer: the red flags first, then where to book. Never a diagnosis. */
export interface GuideAnswer {
  redFlags: RedFlagAlert[];
  suggestions: SpecialtySuggestion[];
  /** The symptoms of the table recognised in the words or picked (the table's names, not the patient's words). */
  recognized: { code: string; name: string }[];
  /** `model` when the language-model ranker ordered the suggestions; `rules` otherwise. */
  rankedBy: 'rules' | 'model';
  disclaimer: string;
  rulesVersion: string;
}

/** The picker: body areas with their symptoms, and whose review the table carries. */
export interface GuideOptions {
  bodyAreas: { code: SymptomBodyArea; name: string; symptoms: { code: string; name: string }[] }[];
  disclaimer: string;
  rulesVersion: string;
  reviewedBy: string;
  reviewedAt: string;
}
