import { queryOptions } from '@tanstack/react-query';
import { type ApiRequestBody, type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TSymptomGuideAnswer = ApiSchema<'SymptomGuideAnswer'>;
export type TSymptomGuideRequest = ApiRequestBody<'/api/v1/symptom-guide', 'post'>;

export const symptomGuideQueries = {
  /** The picker's body areas and symptoms: the table changes with a release only. */
  options: () =>
    queryOptions({
      queryKey: ['symptom-guide', 'options'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/symptom-guide', { signal })),
      staleTime: 60 * 60_000,
    }),
};

export const symptomGuideApi = {
  /** Asked with POST so the complaint never lands in a URL, a history or a proxy's log. */
  ask: (body: TSymptomGuideRequest) => dataOf(api.POST('/api/v1/symptom-guide', { body })),
};
