import type { Icd10Chapter } from './clinical-entries';

/** The МКБ-10 classes with the category range each covers (the Russian edition adds class XXII, U00–U85). */
export const ICD10_CHAPTERS: readonly { chapter: Icd10Chapter; from: string; to: string }[] = [
  { chapter: 'I', from: 'A00', to: 'B99' },
  { chapter: 'II', from: 'C00', to: 'D48' },
  { chapter: 'III', from: 'D50', to: 'D89' },
  { chapter: 'IV', from: 'E00', to: 'E90' },
  { chapter: 'V', from: 'F00', to: 'F99' },
  { chapter: 'VI', from: 'G00', to: 'G99' },
  { chapter: 'VII', from: 'H00', to: 'H59' },
  { chapter: 'VIII', from: 'H60', to: 'H95' },
  { chapter: 'IX', from: 'I00', to: 'I99' },
  { chapter: 'X', from: 'J00', to: 'J99' },
  { chapter: 'XI', from: 'K00', to: 'K93' },
  { chapter: 'XII', from: 'L00', to: 'L99' },
  { chapter: 'XIII', from: 'M00', to: 'M99' },
  { chapter: 'XIV', from: 'N00', to: 'N99' },
  { chapter: 'XV', from: 'O00', to: 'O99' },
  { chapter: 'XVI', from: 'P00', to: 'P96' },
  { chapter: 'XVII', from: 'Q00', to: 'Q99' },
  { chapter: 'XVIII', from: 'R00', to: 'R99' },
  { chapter: 'XIX', from: 'S00', to: 'T98' },
  { chapter: 'XX', from: 'V01', to: 'Y98' },
  { chapter: 'XXI', from: 'Z00', to: 'Z99' },
  { chapter: 'XXII', from: 'U00', to: 'U85' },
];

const CHAPTER_NAMES = new Set<string>(ICD10_CHAPTERS.map((c) => c.chapter));

/** True for a class row's code in the НСИ export, which is the class's roman numeral. */
export const isIcd10Chapter = (value: string): value is Icd10Chapter => CHAPTER_NAMES.has(value);

/** The class a canonical code (`J06.9`) belongs to by its three-character category; null outside every class. */
export function chapterOfCode(code: string): Icd10Chapter | null {
  const category = code.slice(0, 3);
  return ICD10_CHAPTERS.find((c) => category >= c.from && category <= c.to)?.chapter ?? null;
}

/** A block or group code of the НСИ export (`A00-A09`, `C00-C97`), split into its first and last category. */
export function parseIcd10Range(value: string): { from: string; to: string } | null {
  const match = /^([A-Z]\d{2})-([A-Z]\d{2})$/.exec(value);
  return match?.[1] && match[2] ? { from: match[1], to: match[2] } : null;
}

/** True when the code's category lies within the range (both ends inclusive). */
export const isInIcd10Range = (code: string, range: { from: string; to: string }): boolean =>
  code.slice(0, 3) >= range.from && code.slice(0, 3) <= range.to;
