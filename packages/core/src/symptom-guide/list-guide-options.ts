import type { Principal } from '../identity';
import { GUIDE_RULES } from './rule-table';
import type { SymptomGuideDeps } from './symptom-guide.ports';
import type { GuideOptions } from './symptom-guide.types';

/** The picker of the guide's page: body areas with their symptoms, and the table's version and review. */
export async function listGuideOptions(
  _deps: SymptomGuideDeps,
  _principal: Principal | null,
): Promise<GuideOptions> {
  const rules = GUIDE_RULES;
  return {
    bodyAreas: rules.bodyAreas.map((area) => ({
      code: area.code,
      name: area.name,
      symptoms: rules.symptoms
        .filter((s) => s.bodyArea === area.code)
        .map(({ code, name }) => ({ code, name })),
    })),
    disclaimer: rules.disclaimer,
    rulesVersion: rules.version,
    reviewedBy: rules.reviewedBy,
    reviewedAt: rules.reviewedAt,
  };
}
