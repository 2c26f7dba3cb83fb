import {
  problemResponses,
  ZIdParams,
  ZPendingSurveyList,
  ZProblem,
  ZSurvey,
  ZSurveyRequest,
} from '@talon/contracts';
import type { PendingSurvey, Survey } from '@talon/core/surveys';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { noStore, patientRefusals, principalOf } from '../route-preamble';

const presentSurvey = (survey: Survey) => ({
  id: survey.id,
  appointmentId: survey.appointmentId,
  practitionerRating: survey.practitionerRating,
  ...survey.ratings,
  comment: survey.comment,
  createdAt: survey.createdAt.toISOString(),
  answer: survey.answer && { ...survey.answer, answeredAt: survey.answer.answeredAt.toISOString() },
});

const presentPending = (visit: PendingSurvey) => ({
  appointmentId: visit.appointmentId,
  patientId: visit.patientId,
  start: visit.startsAt.toISOString(),
  practitionerName: visit.practitionerName,
  specialtyName: visit.specialtyName,
  organizationName: visit.organizationName,
  hasReview: visit.hasReview,
  openUntil: visit.openUntil.toISOString(),
});

/**
 * Surveys after a visit (issue 17 item 3; docs/surveys.md): the visits waiting for one, the survey itself
 * (the practitioner's review plus the clinic's service, once) and the survey with the clinic's public answer.
 */
export const surveyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { surveys } = app.services;
  const tags = ['Surveys'];
  const config = { access: { roles: ['patient'] as const } };
  noStore(app);

  app.get(
    '/surveys/pending',
    {
      config,
      schema: {
        tags,
        summary: 'My and my wards’ fulfilled visits of the last 30 days still without a survey, newest first',
        response: { 200: ZPendingSurveyList, ...patientRefusals },
      },
    },
    async (request) => ({
      items: (await surveys.listPending(principalOf(request), { origin: originOf(request) })).map(
        presentPending,
      ),
    }),
  );

  app.post(
    '/appointments/:id/survey',
    {
      config,
      schema: {
        tags,
        summary: 'Rate a fulfilled visit (mine or a ward’s): the practitioner and the clinic’s service, once',
        description:
          'Within 30 days of the visit’s start. The practitioner’s rating is the visit’s review (it updates the practitioner’s rating). ' +
          'Any rating of 2 or less opens a ticket for the clinic. `SURVEY_NOT_ALLOWED` when the visit is not `fulfilled`, ' +
          '`SURVEY_CLOSED` after 30 days, `SURVEY_EXISTS` when already rated.',
        params: ZIdParams,
        body: ZSurveyRequest,
        response: {
          201: ZSurvey,
          ...patientRefusals,
          404: problemResponses[404],
          409: ZProblem.describe('SURVEY_NOT_ALLOWED, SURVEY_CLOSED, SURVEY_EXISTS or REVIEW_EXISTS'),
        },
      },
    },
    async (request, reply) => {
      const { practitioner, comment, waiting, cleanliness, registry } = request.body;
      const survey = await surveys.submit(principalOf(request), {
        appointmentId: request.params.id,
        practitioner: practitioner ?? null,
        ratings: { waiting, cleanliness, registry },
        comment,
        origin: originOf(request),
      });
      return reply.code(201).send(presentSurvey(survey));
    },
  );

  app.get(
    '/appointments/:id/survey',
    {
      config,
      schema: {
        tags,
        summary: 'My survey of a visit, with the clinic’s answer when it is public',
        params: ZIdParams,
        response: { 200: ZSurvey, ...patientRefusals, 404: problemResponses[404] },
      },
    },
    async (request) =>
      presentSurvey(
        await surveys.getForVisit(principalOf(request), {
          appointmentId: request.params.id,
          origin: originOf(request),
        }),
      ),
  );
};
