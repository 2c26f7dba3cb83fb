import type { SurveyAnswerVisibility, SurveyAspect, SurveyServiceAspect } from '@talon/vocabulary';

export type { SurveyAnswerVisibility, SurveyAspect, SurveyServiceAspect };

/** The clinic's service as the patient rated it, 1–5 each. */
export type ServiceRatings = Record<SurveyServiceAspect, number>;

/** The clinic's answer to a survey (docs/surveys.md «Answers»). */
export interface SurveyAnswer {
  text: string;
  visibility: SurveyAnswerVisibility;
  answeredAt: Date;
}

/** A patient's survey of a fulfilled visit, as its author sees it (the answer only when public). */
export interface Survey {
  id: string;
  appointmentId: string;
  ratings: ServiceRatings;
  comment: string | null;
  /** The practitioner's rating: the visit's review (written with the survey or before it). */
  practitionerRating: number | null;
  createdAt: Date;
  answer: SurveyAnswer | null;
}

/** A survey to store; clinic and practitioner are copied from the appointment for the analytics. */
export interface NewSurvey {
  appointmentId: string;
  patientId: string;
  practitionerId: string;
  organizationId: string;
  reviewId: string | null;
  ratings: ServiceRatings;
  comment: string | null;
  at: Date;
}

/** A fulfilled visit still waiting for its survey (the card on the home page and the visit's page). */
export interface PendingSurvey {
  appointmentId: string;
  patientId: string;
  startsAt: Date;
  timeZone: string;
  practitionerName: string;
  specialtyName: string;
  organizationName: string;
  /** The visit already has its practitioner review: the form asks only the clinic's service. */
  hasReview: boolean;
  /** The last moment the survey is taken (the window of docs/surveys.md). */
  openUntil: Date;
}

/** One aspect's figures over a period: mean (null without ratings) and the count of each star, 1 to 5. */
export interface AspectFigures {
  aspect: SurveyAspect;
  count: number;
  average: number | null;
  /** `distribution[i]` is the number of ratings of `i + 1` stars. */
  distribution: [number, number, number, number, number];
}

/** A survey in the admin's list of comments to answer: anonymous, no patient in it. */
export interface SurveyComment {
  id: string;
  organizationId: string;
  organizationName: string;
  practitionerName: string;
  specialtyName: string;
  createdAt: Date;
  ratings: ServiceRatings & { practitioner: number | null };
  comment: string | null;
  /** A low rating (any aspect ≤ 2) was recorded: the clinic should answer. */
  needsAnswer: boolean;
  answer: SurveyAnswer | null;
}

/** The survey analytics of a period and a scope of clinics. */
export interface SurveyReport {
  from: string;
  to: string;
  surveys: number;
  aspects: AspectFigures[];
  comments: SurveyComment[];
}

/** A fulfilled visit whose patient is invited, once, by e-mail to the survey. */
export interface SurveyInvitation {
  appointmentId: string;
  email: string;
  accountId: string | null;
  startsAt: Date;
  timeZone: string;
  organizationName: string;
}
