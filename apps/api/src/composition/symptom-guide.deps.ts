import type { SymptomGuideDeps } from '@talon/core/symptom-guide';
import { createDirectoryRepository } from '@talon/db';
import { createChatCompletionsRanker } from '../symptom-guide/chat-completions-ranker';
import type { Infrastructure } from './infrastructure';

/** The symptom guide: the specialties' names from the directory; the language-model ranker when configured. */
export const symptomGuideDeps = ({ db, config }: Infrastructure): SymptomGuideDeps => ({
  directory: createDirectoryRepository(db),
  ranker: config.symptomGuide.ranker ? createChatCompletionsRanker(config.symptomGuide.ranker) : null,
});
