import {
  adminProblemResponses,
  problemResponses,
  ZIdParams,
  ZProblem,
  ZSurveyAnswerRequest,
  ZSurveyAnswerResult,
  ZSurveyReport,
  ZSurveyReportQuery,
} from '@talon/contracts';
import type { SurveyAnswer, SurveyReport } from '@talon/core/surveys';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../route-preamble';

const presentAnswer = (answer: SurveyAnswer | null) =>
  answer && { ...answer, answeredAt: answer.answeredAt.toISOString() };

const presentReport = (report: SurveyReport) => ({
  ...report,
  comments: report.comments.map((comment) => ({
    ...comment,
    createdAt: comment.createdAt.toISOString(),
    answer: presentAnswer(comment.answer),
  })),
});

/**
 * The clinic admin's survey analytics and answers (issue 17 item 3; docs/surveys.md): anonymous, a clinic
 * admin sees their clinics, a system admin any; another clinic's is 404.
 */
export const adminSurveyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { surveys } = app.services;
  const tags = ['Admin'];
  const config = { access: { roles: ['system_admin', 'clinic_admin'] as const } };

  app.get(
    '/admin/analytics/surveys',
    {
      config,
      schema: {
        tags,
        summary: 'Surveys after visits: mean and distribution per aspect, and the comments to answer',
        description:
          'Aspects: the practitioner (the visit’s review), waiting, cleanliness, registry. Days are the clinic-local days the surveys were written; at most 92, default the last 30.',
        querystring: ZSurveyReportQuery,
        response: { 200: ZSurveyReport, ...adminProblemResponses, 404: problemResponses[404] },
      },
    },
    async (request) => presentReport(await surveys.report(principalOf(request), request.query)),
  );

  app.post(
    '/admin/surveys/:id/answer',
    {
      config,
      schema: {
        tags,
        summary: 'Answer a survey, once: public (the patient sees it) or private (the clinic’s note)',
        params: ZIdParams,
        body: ZSurveyAnswerRequest,
        response: {
          200: ZSurveyAnswerResult,
          ...adminProblemResponses,
          404: problemResponses[404],
          409: ZProblem.describe('SURVEY_ANSWERED'),
        },
      },
    },
    async (request) => {
      const answer = await surveys.answer(principalOf(request), {
        surveyId: request.params.id,
        text: request.body.text,
        visibility: request.body.visibility,
      });
      return { ...answer, answeredAt: answer.answeredAt.toISOString() };
    },
  );
};
