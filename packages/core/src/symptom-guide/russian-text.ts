import { stemmer } from '@orama/stemmers/russian';

/** One word of a complaint, reduced to its Snowball stem; `negated` when «не», «нет», «без» or «ни» governs it. */
export interface Term {
  stem: string;
  negated: boolean;
}

/**
 * Words that carry nothing for matching (prepositions, conjunctions, pronouns, intensifiers): «боль в груди»
 * and «у меня болит грудь» both come down to «боль» + «грудь».
 */
const STOP_WORDS = new Set(
  (
    'в во на и у с со к ко по при от до за из об о а но или же ли бы уже еще очень ' +
    'я меня мне мной мой моя мое мои он она оно они его ее их ему ей им него нее них ' +
    'это этот эта эти так как что чтобы там тут сейчас сегодня вчера давно немного чуть'
  ).split(' '),
);

/**
 * Particles that negate the one word after them: «нет температуры», «не болит», «без кашля». Deliberately no
 * further: in «нет температуры и болит грудь» the chest pain must still count. A missed negation suggests
 * one doctor too many; a negation spread too far could hide a red flag.
 */
const NEGATIONS = new Set(['не', 'нет', 'без', 'ни']);

/** Lower case, «ё» as «е», so either spelling of a word matches. */
export const normalizeRussian = (text: string): string => text.toLowerCase().replaceAll('ё', 'е');

/**
 * Splits a complaint into sentences (the matcher never joins words across «.», «!», «?», «;» or a line
 * break), and each sentence into stemmed terms, with the negation marked on the word it governs.
 */
export function sentencesOf(text: string): Term[][] {
  return normalizeRussian(text)
    .split(/[.!?;\n]+/)
    .map(termsOf)
    .filter((terms) => terms.length > 0);
}

/** The stemmed terms of one sentence (or of one phrase of the rule table). */
export function termsOf(sentence: string): Term[] {
  const words = normalizeRussian(sentence).match(/[а-яa-z0-9]+|,/g) ?? [];
  const terms: Term[] = [];
  let negated = false;
  words.forEach((word, at) => {
    const next = words[at + 1];
    const last = terms.at(-1);
    if (word === 'нет' && last && (next === undefined || next === ',') && words[at - 1] !== ',') {
      // «температуры нет», «боли в груди нет»: a «нет» closing the clause negates what came before it.
      last.negated = true;
    } else if (NEGATIONS.has(word)) {
      negated = true;
    } else if (word === ',') {
      negated = false;
    } else if (!STOP_WORDS.has(word)) {
      terms.push({ stem: stemmer(word), negated });
      negated = false;
    }
  });
  return terms;
}
