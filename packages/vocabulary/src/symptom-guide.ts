/** The symptom-to-specialty guide (issue 17 item 4; docs/symptom-guide.md). */

/** The body areas of the guide's picker, in the order the page shows them. */
export const SYMPTOM_BODY_AREAS = [
  'general',
  'head',
  'eyes',
  'ear-nose-throat',
  'teeth',
  'chest',
  'abdomen',
  'urinary',
  'back-limbs',
  'skin',
  'mood-sleep',
] as const;
export type SymptomBodyArea = (typeof SYMPTOM_BODY_AREAS)[number];

/** The number to call when a red flag shows: the ambulance (112 also reaches it). */
export const AMBULANCE_PHONE = '103';
