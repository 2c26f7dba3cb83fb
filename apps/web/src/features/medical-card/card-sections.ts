/** The card's tabs in order: the path segment under `/card` and the i18n key of the label. */
export const CARD_SECTIONS = [
  { id: 'overview', path: '', label: 'card.tabs.overview' },
  { id: 'visits', path: 'visits', label: 'card.tabs.visits' },
  { id: 'diagnoses', path: 'diagnoses', label: 'card.tabs.diagnoses' },
  { id: 'labs', path: 'labs', label: 'card.tabs.labs' },
  { id: 'documents', path: 'documents', label: 'card.tabs.documents' },
  { id: 'prescriptions', path: 'prescriptions', label: 'card.tabs.prescriptions' },
  { id: 'immunizations', path: 'immunizations', label: 'card.tabs.immunizations' },
  { id: 'coverage', path: 'coverage', label: 'card.tabs.coverage' },
] as const;

export type CardSection = (typeof CARD_SECTIONS)[number];
export type CardSectionId = CardSection['id'];

/** The section a `/card/:section` segment names; unknown segments have none (the page says so). */
export function sectionOf(segment: string | undefined): CardSection | null {
  return CARD_SECTIONS.find((s) => s.path === (segment ?? '')) ?? null;
}

/** The address of a section, keeping whose record it is (`?patientId=` of a ward) so a link shares it. */
export function cardHref(section: CardSectionId, patientId?: string | null, extra?: Record<string, string>) {
  const path = CARD_SECTIONS.find((s) => s.id === section)?.path ?? '';
  const query = new URLSearchParams({ ...(patientId ? { patientId } : {}), ...extra }).toString();
  return `/card${path ? `/${path}` : ''}${query ? `?${query}` : ''}`;
}
