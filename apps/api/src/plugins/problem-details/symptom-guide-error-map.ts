import type { SymptomGuideErrorCode } from '@talon/core/symptom-guide';
import type { Mapping } from './error-mapping';

/** The answers of the symptom guide's errors (issue 17 item 4). */
export const symptomGuide: Record<SymptomGuideErrorCode, Mapping> = {
  UNKNOWN_SYMPTOM: {
    status: 422,
    detail: () => 'Такого симптома нет в списке. Обновите страницу и отметьте симптомы заново.',
  },
};
