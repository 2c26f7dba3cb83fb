import type { ReactNode } from 'react';
import { CardCoverage } from './card-coverage';
import { CardDiagnoses } from './card-diagnoses';
import { CardDocuments } from './card-documents';
import { CardImmunizations } from './card-immunizations';
import { CardLabs } from './card-labs';
import { CardOverview } from './card-overview';
import { CardPrescriptions } from './card-prescriptions';
import type { CardSectionId } from './card-sections';
import { CardVisits } from './card-visits';

/** The panel of each section of the card: the patient's own card and the doctor's view of it show the same. */
export const CARD_PANELS: Record<CardSectionId, (props: { patientId: string | undefined }) => ReactNode> = {
  overview: CardOverview,
  visits: CardVisits,
  diagnoses: CardDiagnoses,
  labs: CardLabs,
  documents: CardDocuments,
  prescriptions: CardPrescriptions,
  immunizations: CardImmunizations,
  coverage: CardCoverage,
};
