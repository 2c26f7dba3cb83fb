import type { DirectoryRepository } from '../directory';

/** What the optional language model is asked: order these specialties for this complaint. */
export interface RankingRequest {
  /** The patient's words (sent only to the endpoint the clinic configured; never logged nor stored). */
  complaint: string;
  /** The recognised symptoms' names from the table. */
  recognized: readonly string[];
  /** The candidates in the rules' order: the answer may only reorder them. */
  candidates: readonly { code: string; name: string }[];
  age?: number;
}

/**
 * An optional ranker of the rules' suggestions (a language model behind an HTTP adapter). It answers specialty
 * codes in its preferred order; whatever it answers, the use case keeps every suggestion of the rules and never
 * shows it the red flags (docs/symptom-guide.md «The language model»). It may throw or time out: the rules'
 * order stands then.
 */
export interface SuggestionRanker {
  rank(request: RankingRequest): Promise<readonly string[]>;
}

/** Everything the guide's use cases use: the specialties' names and booking flags, and the optional ranker. */
export interface SymptomGuideDeps {
  directory: Pick<DirectoryRepository, 'listSpecialties'>;
  ranker: SuggestionRanker | null;
}
