import type { GuideRules } from './symptom-guide.types';
import rulesJson from './symptom-guide-rules.json' with { type: 'json' };

/**
 * The reviewed rule table. It is data, not code, so the clinic's doctors check it line by line
 * (docs/symptom-guide.md lists every rule); `rule-table.test.ts` checks that it holds together.
 */
export const GUIDE_RULES = rulesJson as GuideRules;
