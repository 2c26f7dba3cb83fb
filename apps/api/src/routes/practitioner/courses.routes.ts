import {
  adminProblemResponses,
  problemResponses,
  ZCourse,
  ZCourseEnrollment,
  ZCourseEnrollmentCancel,
  ZCourseEnrollmentDecision,
  ZCourseEnrollmentList,
  ZCourseEnrollmentListQuery,
  ZCourseList,
  ZCourseListQuery,
  ZCourseReport,
  ZCourseReportQuery,
  ZIdParams,
  ZProblem,
  z,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { renderCsv } from '../../documents/csv';
import { originOf } from '../../plugins/auth/auth.plugin';
import { clinicPractitionerRefusals, principalOf } from '../route-preamble';
import { courseReportRows, presentCourse, presentEnrolment } from './courses.presenter';

const notFound = problemResponses[404];

/**
 * Courses (issue 12 item 8, docs/courses-and-applications.md): the catalogue and its calendar file for
 * practitioners and admins; «Записаться» and «Мои курсы» for practitioners; the clinic admin's decisions
 * (an approval takes a seat — 409 COURSE_FULL when none is left) and the credits report.
 */
export const coursesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { courses } = app.services;
  const reader = { roles: ['doctor', 'nurse', 'clinic_admin', 'system_admin'] as const };
  const practitioner = { roles: ['doctor', 'nurse'] as const };
  const admin = { roles: ['clinic_admin', 'system_admin'] as const };

  app.get(
    '/courses',
    {
      config: { access: reader },
      schema: {
        tags: ['Courses'],
        summary: 'The course catalogue by direction, format and first day',
        querystring: ZCourseListQuery,
        response: { 200: ZCourseList, ...clinicPractitionerRefusals },
      },
    },
    async (request) => ({
      items: (await courses.list(principalOf(request), request.query)).map(presentCourse),
    }),
  );

  app.get(
    '/courses/:id',
    {
      config: { access: reader },
      schema: {
        tags: ['Courses'],
        summary: 'One course',
        params: ZIdParams,
        response: { 200: ZCourse, ...clinicPractitionerRefusals, 404: notFound },
      },
    },
    async (request) => presentCourse(await courses.get(principalOf(request), request.params)),
  );

  app.get(
    '/courses/:id/calendar.ics',
    {
      config: { access: reader },
      schema: {
        tags: ['Courses'],
        summary: 'The course dates as an all-day calendar event (text/calendar)',
        params: ZIdParams,
        response: { 200: z.string().describe('text/calendar'), ...clinicPractitionerRefusals, 404: notFound },
      },
    },
    async (request, reply) => {
      const { fileName, ics } = await courses.calendar(principalOf(request), request.params);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(ics);
    },
  );

  app.post(
    '/courses/:id/enrollments',
    {
      config: { access: practitioner },
      schema: {
        tags: ['Courses'],
        summary: '«Записаться»: an enrolment in processing for the clinic admin to decide',
        params: ZIdParams,
        response: {
          201: ZCourseEnrollment,
          ...clinicPractitionerRefusals,
          404: notFound,
          409: ZProblem.describe(
            'COURSE_ALREADY_ENROLLED or COURSE_ENROLMENT_CLOSED (the course has started)',
          ),
        },
      },
    },
    async (request, reply) => {
      const created = await courses.enrol(principalOf(request), { courseId: request.params.id });
      return reply.code(201).send(presentEnrolment(created));
    },
  );

  app.get(
    '/practitioner/course-enrollments',
    {
      config: { access: practitioner },
      schema: {
        tags: ['Courses'],
        summary: '«Мои курсы»: one’s own enrolments, newest first',
        response: { 200: ZCourseEnrollmentList, ...clinicPractitionerRefusals },
      },
    },
    async (request) => ({ items: (await courses.listOwn(principalOf(request))).map(presentEnrolment) }),
  );

  app.post(
    '/practitioner/course-enrollments/:id/cancel',
    {
      config: { access: practitioner },
      schema: {
        tags: ['Courses'],
        summary: 'Cancel one’s own enrolment (in processing or approved: the seat is freed)',
        params: ZIdParams,
        body: ZCourseEnrollmentCancel,
        response: {
          200: ZCourseEnrollment,
          ...clinicPractitionerRefusals,
          404: notFound,
          409: ZProblem.describe('Cancelled already'),
        },
      },
    },
    async (request) =>
      presentEnrolment(
        await courses.cancelOwn(principalOf(request), { id: request.params.id, reason: request.body.reason }),
      ),
  );

  app.get(
    '/admin/course-enrollments',
    {
      config: { access: admin },
      schema: {
        tags: ['Admin'],
        summary: 'Course enrolments of the admin’s clinics (a system admin: all), oldest first, by status',
        querystring: ZCourseEnrollmentListQuery,
        response: { 200: ZCourseEnrollmentList, ...adminProblemResponses },
      },
    },
    async (request) => ({
      items: (await courses.listEnrolments(principalOf(request), request.query)).map(presentEnrolment),
    }),
  );

  app.post(
    '/admin/course-enrollments/:id/decision',
    {
      config: { access: admin },
      schema: {
        tags: ['Admin'],
        summary: 'Approve (takes a seat) or cancel (with a reason) a course enrolment',
        params: ZIdParams,
        body: ZCourseEnrollmentDecision,
        response: {
          200: ZCourseEnrollment,
          ...adminProblemResponses,
          404: notFound.describe('No such enrolment, or one of another clinic'),
          409: ZProblem.describe('COURSE_FULL: no seat left; ENROLMENT_STATUS_CONFLICT: decided already'),
        },
      },
    },
    async (request) =>
      presentEnrolment(
        await courses.decide(principalOf(request), {
          id: request.params.id,
          decision: request.body.decision,
          reason: request.body.reason,
          origin: originOf(request),
        }),
      ),
  );

  app.get(
    '/admin/courses/report',
    {
      config: { access: admin },
      schema: {
        tags: ['Admin'],
        summary: 'Completed courses and credits per practitioner of the admin’s clinics',
        description: 'Completed: an approved enrolment whose course has ended (its last day is over).',
        querystring: ZCourseReportQuery,
        response: { 200: ZCourseReport, ...adminProblemResponses },
      },
    },
    async (request) => courses.report(principalOf(request), request.query),
  );

  app.get(
    '/admin/courses/report.csv',
    {
      config: { access: admin },
      schema: {
        tags: ['Admin'],
        summary: 'The credits report as CSV for Excel: UTF-8 with BOM, `;`-separated, a line per course',
        querystring: ZCourseReportQuery,
        response: { 200: z.string().describe('text/csv; charset=utf-8'), ...adminProblemResponses },
      },
    },
    async (request, reply) => {
      const report = await courses.report(principalOf(request), request.query);
      const { columns, rows } = courseReportRows(report.items);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="talon-courses-${report.from}-${report.to}.csv"`)
        .send(renderCsv(columns, rows));
    },
  );
};
