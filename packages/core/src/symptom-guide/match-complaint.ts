import { sentencesOf, type Term, termsOf } from './russian-text';
import type { GuideRules } from './symptom-guide.types';

/** How many words may stand between the words of a phrase («боль вот уже третий день в груди» still matches). */
const SLACK_WORDS = 3;

/** A phrase of the table, stemmed once. */
type Pattern = readonly Term[];

const sameTerm = (a: Term, b: Term) => a.stem === b.stem && a.negated === b.negated;

/**
 * Does the sentence hold every word of the pattern — in any order and word form, with the same negation —
 * within the pattern's length plus `SLACK_WORDS`? «болит грудь» matches «боль в груди» and «грудь болит»,
 * never «грудь не болит».
 */
export function sentenceMatches(sentence: readonly Term[], pattern: Pattern): boolean {
  const [first, ...rest] = pattern;
  if (!first) return false;
  const window = pattern.length + SLACK_WORDS;
  return sentence.some((term, anchor) => {
    if (!sameTerm(term, first)) return false;
    return rest.every((wanted) =>
      sentence.some((other, at) => sameTerm(other, wanted) && Math.abs(at - anchor) < window),
    );
  });
}

/** Stems every phrase of the table once: matching a complaint is then a comparison of stems. */
export function compileRules(rules: GuideRules) {
  const compile = (phrases: readonly string[]) => phrases.map(termsOf).filter((p) => p.length > 0);
  return {
    redFlags: rules.redFlags.map((flag) => ({ code: flag.code, patterns: compile(flag.phrases) })),
    symptoms: rules.symptoms.map((symptom) => ({ code: symptom.code, patterns: compile(symptom.phrases) })),
  };
}
export type CompiledRules = ReturnType<typeof compileRules>;

/** What the words name: red-flag codes and symptom codes of the table, in the table's order. */
export interface ComplaintMatch {
  redFlags: string[];
  symptoms: string[];
}

/** Matches free text against the compiled table, sentence by sentence. */
export function matchComplaint(compiled: CompiledRules, text: string): ComplaintMatch {
  const sentences = sentencesOf(text);
  const named = (patterns: readonly Pattern[]) =>
    sentences.some((sentence) => patterns.some((pattern) => sentenceMatches(sentence, pattern)));
  return {
    redFlags: compiled.redFlags.filter((flag) => named(flag.patterns)).map((flag) => flag.code),
    symptoms: compiled.symptoms.filter((symptom) => named(symptom.patterns)).map((symptom) => symptom.code),
  };
}
