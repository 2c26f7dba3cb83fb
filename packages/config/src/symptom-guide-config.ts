import { z } from 'zod';

const blankAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/**
 * The symptom guide's optional language-model ranker (docs/symptom-guide.md «The language model»), spread
 * into the environment's schema. Off unless `SYMPTOM_GUIDE_LLM_URL` is set.
 */
export const symptomGuideEnvShape = {
  /** An OpenAI-compatible chat completions endpoint: `https://llm.clinic.local/v1/chat/completions`. */
  SYMPTOM_GUIDE_LLM_URL: z.preprocess(blankAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  SYMPTOM_GUIDE_LLM_MODEL: z.preprocess(blankAsUndefined, z.string().default('default')),
  SYMPTOM_GUIDE_LLM_API_KEY: z.preprocess(blankAsUndefined, z.string().optional()),
  SYMPTOM_GUIDE_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(2_500),
};

type SymptomGuideEnv = {
  SYMPTOM_GUIDE_LLM_URL?: string;
  SYMPTOM_GUIDE_LLM_MODEL: string;
  SYMPTOM_GUIDE_LLM_API_KEY?: string;
  SYMPTOM_GUIDE_LLM_TIMEOUT_MS: number;
};

/**
 * The symptom guide: `ranker` null — the rules' order alone (the default); otherwise the chat completions
 * endpoint that may reorder the suggestions, given up on after `timeoutMs`. Red flags never go through it.
 */
export type SymptomGuideConfig = Readonly<{
  ranker: Readonly<{ url: string; model: string; apiKey: string | null; timeoutMs: number }> | null;
}>;

export const symptomGuideConfig = (env: SymptomGuideEnv): SymptomGuideConfig =>
  Object.freeze({
    ranker: env.SYMPTOM_GUIDE_LLM_URL
      ? Object.freeze({
          url: env.SYMPTOM_GUIDE_LLM_URL,
          model: env.SYMPTOM_GUIDE_LLM_MODEL,
          apiKey: env.SYMPTOM_GUIDE_LLM_API_KEY ?? null,
          timeoutMs: env.SYMPTOM_GUIDE_LLM_TIMEOUT_MS,
        })
      : null,
  });
