// The symptom-to-specialty guide (issue 17 item 4): red flags first, then where to book; never a diagnosis
// (docs/symptom-guide.md).
export { applyRanking } from './apply-ranking';
export { GUIDE_RULES } from './rule-table';
export { SymptomGuideErrorCode } from './symptom-guide.errors';
export type * from './symptom-guide.ports';
export type * from './symptom-guide.types';
export { symptomGuideUseCases } from './symptom-guide.use-cases';
