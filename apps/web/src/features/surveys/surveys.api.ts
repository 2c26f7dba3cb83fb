import { queryOptions } from '@tanstack/react-query';
import { ApiError, type ApiQuery, type ApiRequestBody, api, dataOf } from '../../shared/api-client';

/** `POST /appointments/{id}/survey`: the practitioner (unless reviewed already), waiting, cleanliness, registry. */
export type SurveyRequest = ApiRequestBody<'/api/v1/appointments/{id}/survey'>;
export type SurveyAnswerRequest = ApiRequestBody<'/api/v1/admin/surveys/{id}/answer'>;
export type SurveyReportQuery = ApiQuery<'/api/v1/admin/analytics/surveys'>;

const path = (id: string) => ({ params: { path: { id } } });

/** Surveys after a visit (docs/surveys.md): the patient's and the clinic admin's calls. */
export const surveyQueries = {
  pending: () =>
    queryOptions({
      queryKey: ['account', 'surveys', 'pending'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/surveys/pending', { signal })),
    }),
  /** The visit's survey; none (null) until the patient rates the visit. */
  ofVisit: (appointmentId: string) =>
    queryOptions({
      queryKey: ['account', 'surveys', 'visit', appointmentId],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/appointments/{id}/survey', { ...path(appointmentId), signal })).catch(
          (error: unknown) => {
            if (error instanceof ApiError && error.status === 404) return null;
            throw error;
          },
        ),
      retry: false,
    }),
  report: (query: SurveyReportQuery) =>
    queryOptions({
      queryKey: ['account', 'analytics', 'surveys', query],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/admin/analytics/surveys', { params: { query }, signal })),
    }),
};

export const surveysApi = {
  submit: (appointmentId: string, body: SurveyRequest) =>
    dataOf(api.POST('/api/v1/appointments/{id}/survey', { ...path(appointmentId), body })),
  answer: (surveyId: string, body: SurveyAnswerRequest) =>
    dataOf(api.POST('/api/v1/admin/surveys/{id}/answer', { ...path(surveyId), body })),
};

export type PendingSurvey = Awaited<
  ReturnType<NonNullable<ReturnType<typeof surveyQueries.pending>['queryFn']>>
>['items'][number];
type SurveyReport = Awaited<ReturnType<NonNullable<ReturnType<typeof surveyQueries.report>['queryFn']>>>;
export type SurveyComment = SurveyReport['comments'][number];
