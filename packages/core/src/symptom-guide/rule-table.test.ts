import { readFileSync } from 'node:fs';
import { SYMPTOM_BODY_AREAS } from '@talon/vocabulary/symptom-guide';
import { describe, expect, it } from 'vitest';
import { GUIDE_RULES } from './rule-table';
import { termsOf } from './russian-text';

const rules = GUIDE_RULES;
const codes = (list: readonly { code: string }[]) => list.map((x) => x.code);

describe('the rule table holds together', () => {
  it('carries its review header', () => {
    expect(rules.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(rules.reviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rules.reviewedBy.length).toBeGreaterThan(0);
    expect(rules.disclaimer).toMatch(/не диагноз/);
  });

  it('has the body areas of the vocabulary, in its order, and each with symptoms', () => {
    expect(codes(rules.bodyAreas)).toEqual([...SYMPTOM_BODY_AREAS]);
    for (const area of SYMPTOM_BODY_AREAS) {
      expect(
        rules.symptoms.some((s) => s.bodyArea === area),
        area,
      ).toBe(true);
    }
  });

  it('has unique codes, and every reference points at a rule', () => {
    for (const list of [rules.symptoms, rules.redFlags]) {
      expect(new Set(codes(list)).size).toBe(list.length);
    }
    const flags = new Set(codes(rules.redFlags));
    const symptoms = new Set(codes(rules.symptoms));
    for (const s of rules.symptoms) {
      if (s.redFlag) expect(flags.has(s.redFlag), s.code).toBe(true);
      expect(s.specialties.length, s.code).toBeGreaterThan(0);
    }
    for (const f of rules.redFlags) {
      for (const code of f.symptoms ?? []) expect(symptoms.has(code), f.code).toBe(true);
      expect(f.phrases.length + (f.symptoms?.length ?? 0), f.code).toBeGreaterThan(0);
    }
  });

  it('every phrase keeps words after stop words, and none is negated by accident', () => {
    for (const rule of [...rules.symptoms, ...rules.redFlags]) {
      for (const phrase of rule.phrases) {
        const terms = termsOf(phrase);
        expect(terms.length, phrase).toBeGreaterThan(0);
        if (!/(^|\s)(не|нет|без|ни)\s/.test(phrase))
          expect(
            terms.some((t) => t.negated),
            phrase,
          ).toBe(false);
      }
    }
  });

  it('red-flag advice always says to call 103', () => {
    for (const flag of rules.redFlags) expect(flag.advice, flag.code).toMatch(/103/);
  });
});

describe('docs/symptom-guide.md lists every rule for the doctors', () => {
  const doc = readFileSync(new URL('../../../../docs/symptom-guide.md', import.meta.url), 'utf8');

  it('names the version, and every red flag, symptom and phrase of the table', () => {
    expect(doc).toContain(`version **${rules.version}**`);
    const missing = [...rules.redFlags, ...rules.symptoms].flatMap((rule) =>
      [`\`${rule.code}\``, ...rule.phrases.map((phrase) => `«${phrase}»`)].filter(
        (text) => !doc.includes(text),
      ),
    );
    expect(missing).toEqual([]);
  });
});
