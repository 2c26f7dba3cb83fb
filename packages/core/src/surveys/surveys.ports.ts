import type { AnalyticsDeps } from '../analytics';
import type { AuditLog } from '../audit';
import type { BookingDeps } from '../booking';
import type { OutboxPort } from '../identity';
import type { ReviewsRepository } from '../reviews';
import type { Clock } from '../shared';
import type {
  AspectFigures,
  NewSurvey,
  PendingSurvey,
  Survey,
  SurveyAnswerVisibility,
  SurveyComment,
  SurveyInvitation,
} from './surveys.types';

/** The clinics and period of an analytics query: `organizationIds` null is every clinic. */
export interface SurveyReportFilter {
  organizationIds: readonly string[] | null;
  from: string;
  to: string;
}

export interface SurveysRepository {
  /**
   * Stores the survey; `exists` when the appointment already has one. The unique index on the appointment
   * decides, so two surveys sent at once give one row.
   */
  insertSurvey(survey: NewSurvey): Promise<{ id: string; createdAt: Date } | 'exists'>;
  /** The visit's practitioner review, when one was written (with a survey or on its own). */
  reviewOf(appointmentId: string): Promise<{ id: string; rating: number } | null>;
  /** The visit's survey, with its answer whatever its visibility. */
  findForAppointment(appointmentId: string): Promise<Survey | null>;
  /** Fulfilled visits of these patients starting at `since` or later without a survey, newest first. */
  pendingFor(patientIds: readonly string[], since: Date): Promise<Omit<PendingSurvey, 'openUntil'>[]>;
  /** The survey's clinic, to check the admin's scope; null when there is no such survey. */
  findClinic(surveyId: string): Promise<{ organizationId: string; isAnswered: boolean } | null>;
  /** Stores the clinic's answer; false when it was answered meanwhile (one answer per survey). */
  saveAnswer(
    surveyId: string,
    answer: { text: string; visibility: SurveyAnswerVisibility; accountId: string; at: Date },
  ): Promise<boolean>;
  /** Mean and distribution of each aspect of the surveys written in the period (clinic-local days). */
  aspects(filter: SurveyReportFilter): Promise<{ surveys: number; aspects: AspectFigures[] }>;
  /**
   * The surveys of the period with a comment or a low rating, unanswered low ratings first, then newest;
   * at most `limit`.
   */
  comments(filter: SurveyReportFilter, limit: number): Promise<SurveyComment[]>;
  /** Fulfilled visits started in [from, to] with no survey whose patient hears by e-mail. */
  toInvite(from: Date, to: Date): Promise<SurveyInvitation[]>;
}

export interface SurveysRepos {
  surveys: SurveysRepository;
  /** The practitioner part of a survey is the visit's review (docs/domain.md §2 Review), stored by reviews. */
  reviews: Pick<ReviewsRepository, 'insertReview'>;
  audit: AuditLog;
  outbox: OutboxPort;
}

/** Surveys' unit of work: the survey, its review, its audit entry and the invitations commit together. */
export interface SurveysStore {
  read<T>(work: (repos: Pick<SurveysRepos, 'surveys'>) => Promise<T>): Promise<T>;
  transaction<T>(work: (repos: SurveysRepos) => Promise<T>): Promise<T>;
}

/**
 * Opens a ticket for the clinic about a low rating (issue 17 item 2, the support desk). Called after the
 * survey committed; `text` names the ratings and the comment, never the patient.
 */
export interface QualityTickets {
  open(input: { clinicId: string; surveyId: string; text: string }): Promise<void>;
}

/** What the survey use cases receive; who may survey a visit follows the booking access rules. */
export interface SurveysDeps {
  store: SurveysStore;
  booking: BookingDeps;
  /** The admin's scope of clinics, as the other analytics reports check it. */
  analytics: AnalyticsDeps;
  qualityTickets: QualityTickets;
  clock: Clock;
}
