import { guideSymptoms } from './guide-symptoms';
import { listGuideOptions } from './list-guide-options';

/** The symptom guide over `SymptomGuideDeps`. */
export const symptomGuideUseCases = { guide: guideSymptoms, options: listGuideOptions };
