import type {
  AspectFigures,
  Survey,
  SurveyAnswer,
  SurveyComment,
  SurveyInvitation,
  SurveyReportFilter,
  SurveysRepository,
} from '@talon/core/surveys';
import { SURVEY_ASPECTS } from '@talon/vocabulary';
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { reviews, visitSurveys } from '../../schema';
import { fullNameSql, instant, queryRows, toDate, toDateOrNull, uuidList } from '../../sql';
import { RECIPIENT_ACCOUNT } from '../notifications/recipient-sql';

type Visibility = SurveyAnswer['visibility'];
const answerOf = (text: string | null, visibility: Visibility | null, at: string | Date | null) =>
  text !== null && visibility !== null && at !== null ? { text, visibility, answeredAt: toDate(at) } : null;

/** The surveys of a report: the clinics in scope, written on the period's clinic-local days. */
function reportWhere(filter: SurveyReportFilter): SQL {
  const scope =
    filter.organizationIds === null
      ? sql`true`
      : filter.organizationIds.length === 0
        ? sql`false`
        : sql`s.organization_id in (${uuidList(filter.organizationIds)})`;
  return sql`${scope} and (s.created_at at time zone o.time_zone)::date between ${filter.from}::date and ${filter.to}::date`;
}

const toCount = (value: string | number | null) => Number(value ?? 0);

/**
 * Surveys' SQL. A second survey of one appointment is refused by the unique index
 * `visit_surveys_appointment_key` (`on conflict do nothing`); the practitioner's part is the `reviews` row.
 */
export function createSurveysRepository(db: DbExecutor): SurveysRepository {
  return {
    async insertSurvey(survey) {
      const [row] = await db
        .insert(visitSurveys)
        .values({
          appointmentId: survey.appointmentId,
          patientId: survey.patientId,
          organizationId: survey.organizationId,
          practitionerId: survey.practitionerId,
          reviewId: survey.reviewId,
          ...survey.ratings,
          comment: survey.comment,
          createdAt: survey.at,
          updatedAt: survey.at,
        })
        .onConflictDoNothing({ target: visitSurveys.appointmentId })
        .returning({ id: visitSurveys.id, createdAt: visitSurveys.createdAt });
      return row ?? 'exists';
    },

    async reviewOf(appointmentId) {
      const [row] = await db
        .select({ id: reviews.id, rating: reviews.rating })
        .from(reviews)
        .where(eq(reviews.appointmentId, appointmentId));
      return row ?? null;
    },

    async findForAppointment(appointmentId): Promise<Survey | null> {
      const [row] = await db
        .select({
          id: visitSurveys.id,
          appointmentId: visitSurveys.appointmentId,
          waiting: visitSurveys.waiting,
          cleanliness: visitSurveys.cleanliness,
          registry: visitSurveys.registry,
          comment: visitSurveys.comment,
          practitionerRating: reviews.rating,
          createdAt: visitSurveys.createdAt,
          answer: visitSurveys.answer,
          answerVisibility: visitSurveys.answerVisibility,
          answeredAt: visitSurveys.answeredAt,
        })
        .from(visitSurveys)
        .leftJoin(reviews, eq(reviews.appointmentId, visitSurveys.appointmentId))
        .where(eq(visitSurveys.appointmentId, appointmentId));
      if (!row) return null;
      return {
        id: row.id,
        appointmentId: row.appointmentId,
        ratings: { waiting: row.waiting, cleanliness: row.cleanliness, registry: row.registry },
        comment: row.comment,
        practitionerRating: row.practitionerRating ?? null,
        createdAt: row.createdAt,
        answer: answerOf(row.answer, row.answerVisibility, row.answeredAt),
      };
    },

    async pendingFor(patientIds, since) {
      if (patientIds.length === 0) return [];
      const rows = await queryRows<{
        appointment_id: string;
        patient_id: string;
        starts_at: string | Date;
        time_zone: string;
        practitioner_name: string;
        specialty_name: string;
        organization_name: string;
        has_review: boolean;
      }>(
        db,
        sql`select a.id as appointment_id, a.patient_id, a.starts_at, o.time_zone,
                   ${fullNameSql('pr')} as practitioner_name, sp.name as specialty_name,
                   o.name as organization_name,
                   exists (select 1 from reviews r where r.appointment_id = a.id) as has_review
              from appointments a
              join organizations o on o.id = a.organization_id
              join practitioners pr on pr.id = a.practitioner_id
              join specialties sp on sp.code = a.specialty_code
             where a.patient_id in (${uuidList(patientIds)})
               and a.status = 'fulfilled'
               and a.starts_at >= ${instant(since)}
               and not exists (select 1 from visit_surveys s where s.appointment_id = a.id)
             order by a.starts_at desc, a.id`,
      );
      return rows.map((row) => ({
        appointmentId: row.appointment_id,
        patientId: row.patient_id,
        startsAt: toDate(row.starts_at),
        timeZone: row.time_zone,
        practitionerName: row.practitioner_name,
        specialtyName: row.specialty_name,
        organizationName: row.organization_name,
        hasReview: row.has_review,
      }));
    },

    async findClinic(surveyId) {
      const [row] = await db
        .select({ organizationId: visitSurveys.organizationId, answer: visitSurveys.answer })
        .from(visitSurveys)
        .where(eq(visitSurveys.id, surveyId));
      return row ? { organizationId: row.organizationId, isAnswered: row.answer !== null } : null;
    },

    async saveAnswer(surveyId, answer) {
      const rows = await db
        .update(visitSurveys)
        .set({
          answer: answer.text,
          answerVisibility: answer.visibility,
          answeredAt: answer.at,
          answeredByAccountId: answer.accountId,
          updatedAt: answer.at,
        })
        .where(and(eq(visitSurveys.id, surveyId), isNull(visitSurveys.answer)))
        .returning({ id: visitSurveys.id });
      return rows.length > 0;
    },

    async aspects(filter) {
      const rows = await queryRows<{ aspect: string; rating: number; n: string | number }>(
        db,
        sql`select x.aspect, x.rating, count(*) as n
              from visit_surveys s
              join organizations o on o.id = s.organization_id
              left join reviews r on r.appointment_id = s.appointment_id
              cross join lateral (values ('practitioner', r.rating), ('waiting', s.waiting),
                                         ('cleanliness', s.cleanliness), ('registry', s.registry)) x(aspect, rating)
             where ${reportWhere(filter)} and x.rating is not null
             group by x.aspect, x.rating`,
      );
      const [total] = await queryRows<{ n: string | number }>(
        db,
        sql`select count(*) as n from visit_surveys s join organizations o on o.id = s.organization_id
             where ${reportWhere(filter)}`,
      );
      const aspects = SURVEY_ASPECTS.map((aspect): AspectFigures => {
        const distribution: AspectFigures['distribution'] = [0, 0, 0, 0, 0];
        for (const row of rows) {
          if (row.aspect === aspect) distribution[Number(row.rating) - 1] = toCount(row.n);
        }
        const count = distribution.reduce((sum, n) => sum + n, 0);
        const sum = distribution.reduce((acc, n, i) => acc + n * (i + 1), 0);
        return {
          aspect,
          count,
          average: count === 0 ? null : Math.round((sum / count) * 100) / 100,
          distribution,
        };
      });
      return { surveys: toCount(total?.n ?? 0), aspects };
    },

    async comments(filter, limit): Promise<SurveyComment[]> {
      const rows = await queryRows<{
        id: string;
        organization_id: string;
        organization_name: string;
        practitioner_name: string;
        specialty_name: string;
        created_at: string | Date;
        practitioner: number | null;
        waiting: number;
        cleanliness: number;
        registry: number;
        comment: string | null;
        needs_answer: boolean;
        answer: string | null;
        answer_visibility: Visibility | null;
        answered_at: string | Date | null;
      }>(
        db,
        sql`select s.id, s.organization_id, o.name as organization_name, ${fullNameSql('pr')} as practitioner_name,
                   sp.name as specialty_name, s.created_at, r.rating as practitioner, s.waiting, s.cleanliness,
                   s.registry, s.comment, s.needs_answer, s.answer, s.answer_visibility, s.answered_at
              from visit_surveys s
              join organizations o on o.id = s.organization_id
              join practitioners pr on pr.id = s.practitioner_id
              join appointments a on a.id = s.appointment_id
              join specialties sp on sp.code = a.specialty_code
              left join reviews r on r.appointment_id = s.appointment_id
             where ${reportWhere(filter)} and (s.comment is not null or s.needs_answer)
             order by (s.needs_answer and s.answer is null) desc, s.created_at desc, s.id
             limit ${limit}`,
      );
      return rows.map((row) => ({
        id: row.id,
        organizationId: row.organization_id,
        organizationName: row.organization_name,
        practitionerName: row.practitioner_name,
        specialtyName: row.specialty_name,
        createdAt: toDate(row.created_at),
        ratings: {
          practitioner: row.practitioner,
          waiting: row.waiting,
          cleanliness: row.cleanliness,
          registry: row.registry,
        },
        comment: row.comment,
        needsAnswer: row.needs_answer,
        answer: answerOf(row.answer, row.answer_visibility, toDateOrNull(row.answered_at)),
      }));
    },

    async toInvite(from, to): Promise<SurveyInvitation[]> {
      const rows = await queryRows<{
        appointment_id: string;
        starts_at: string | Date;
        time_zone: string;
        organization_name: string;
        account_id: string | null;
        email: string | null;
      }>(
        db,
        sql`select a.id as appointment_id, a.starts_at, o.time_zone, o.name as organization_name,
                   ra.id as account_id, coalesce(ra.email, p.email) as email
              from appointments a
              join organizations o on o.id = a.organization_id
              join patients p on p.id = a.patient_id
              ${RECIPIENT_ACCOUNT}
             where a.status = 'fulfilled'
               and a.starts_at between ${instant(from)} and ${instant(to)}
               and not exists (select 1 from visit_surveys s where s.appointment_id = a.id)
               and coalesce(np.is_email_enabled, true)
               and coalesce(ra.email, p.email) is not null
             order by a.starts_at, a.id`,
      );
      return rows.map((row) => ({
        appointmentId: row.appointment_id,
        email: row.email as string,
        accountId: row.account_id,
        startsAt: toDate(row.starts_at),
        timeZone: row.time_zone,
        organizationName: row.organization_name,
      }));
    },
  };
}
