import type { SymptomGuideConfig } from '@talon/config';
import type { RankingRequest, SuggestionRanker } from '@talon/core/symptom-guide';

type RankerSettings = NonNullable<SymptomGuideConfig['ranker']>;

/**
 * What the model is told. It sees the candidates only — never the red flags — and is asked for their codes
 * in order; anything else it answers is ignored by `applyRanking` in core.
 */
const SYSTEM_PROMPT = [
  'Ты помогаешь пациенту поликлиники выбрать, к какому врачу записаться. Диагнозов не ставишь.',
  'Тебе дают жалобу пациента и список специальностей-кандидатов с кодами.',
  'Ответь только JSON-массивом кодов кандидатов в порядке, в котором к ним стоит обратиться,',
  'например ["therapist","neurologist"]. Не добавляй коды, которых нет в списке, и не пиши ничего другого.',
].join(' ');

const userMessage = (request: RankingRequest) =>
  JSON.stringify({
    complaint: request.complaint,
    recognizedSymptoms: request.recognized,
    age: request.age ?? null,
    candidates: request.candidates,
  });

/** The first JSON array of strings in the model's text (models wrap answers in prose or code fences). */
export function codesFromReply(content: string): string[] {
  const array = content.match(/\[[\s\S]*?\]/)?.[0];
  if (!array) throw new Error('the model answered no array');
  const parsed: unknown = JSON.parse(array);
  if (!Array.isArray(parsed)) throw new Error('the model answered no array');
  return parsed.filter((code): code is string => typeof code === 'string');
}

/**
 * The suggestion ranker over an OpenAI-compatible chat completions endpoint (`SYMPTOM_GUIDE_LLM_URL`), off
 * unless configured. It gives up after `timeoutMs`; any failure is thrown, and the use case keeps the
 * rules' order. It logs nothing: the complaint is the patient's words (docs/symptom-guide.md).
 */
export function createChatCompletionsRanker(settings: RankerSettings): SuggestionRanker {
  return {
    async rank(request) {
      const response = await fetch(settings.url, {
        method: 'POST',
        signal: AbortSignal.timeout(settings.timeoutMs),
        headers: {
          'content-type': 'application/json',
          ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: settings.model,
          temperature: 0,
          messages: [
            { role: 'system', content: SYSTEM_PROMPT },
            { role: 'user', content: userMessage(request) },
          ],
        }),
      });
      if (!response.ok) throw new Error(`the ranker answered ${response.status}`);
      const body = (await response.json()) as { choices?: { message?: { content?: unknown } }[] };
      const content = body.choices?.[0]?.message?.content;
      if (typeof content !== 'string') throw new Error('the ranker answered no message');
      return codesFromReply(content);
    },
  };
}
