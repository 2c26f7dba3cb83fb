import type { CourseDirection, CourseFormat, EnrolmentStatus } from '@talon/vocabulary';

// The closed lists are the vocabulary's (docs/adr/0005); the courses module speaks them.
export { COURSE_DIRECTIONS, COURSE_FORMATS, ENROLMENT_STATUSES } from '@talon/vocabulary';
export type { CourseDirection, CourseFormat, EnrolmentStatus };

/** The statuses as the practitioner reads them («В обработке», «Одобрено», «Отменено»). */
export const ENROLMENT_STATUS_LABELS: Record<EnrolmentStatus, string> = {
  processing: 'В обработке',
  approved: 'Одобрено',
  cancelled: 'Отменено',
};

/** Who cancelled an enrolment. */
export const ENROLMENT_CANCELLERS = ['practitioner', 'admin'] as const;
export type EnrolmentCanceller = (typeof ENROLMENT_CANCELLERS)[number];

/** A course of the catalogue: dates are whole days (`YYYY-MM-DD`), both included; the price in roubles. */
export interface CourseView {
  id: string;
  code: string;
  title: string;
  provider: string;
  direction: CourseDirection;
  format: CourseFormat;
  /** Credits (ЗЕТ; in НМО one credit is one academic hour, 250 over five years). */
  credits: number;
  hours: number;
  startsOn: string;
  endsOn: string;
  priceRub: number;
  seats: number;
  approvedCount: number;
  location: string | null;
  requirements: string;
  description: string;
}

/** Filters of the catalogue (`GET /api/v1/courses`). */
export interface CourseFilter {
  direction?: CourseDirection | null;
  format?: CourseFormat | null;
  /** Courses starting on this day or later; today (Moscow) when absent. */
  startsFrom?: string | null;
}

/** An enrolment with its course and practitioner, as the practitioner and the admin see it. */
export interface EnrolmentView {
  id: string;
  status: EnrolmentStatus;
  course: Pick<CourseView, 'id' | 'title' | 'startsOn' | 'endsOn' | 'credits' | 'format' | 'direction'>;
  practitioner: { id: string; name: string };
  organization: { id: string; name: string };
  accountId: string;
  createdAt: Date;
  decidedAt: Date | null;
  cancelledBy: EnrolmentCanceller | null;
  reason: string | null;
}

/** One practitioner's completed courses and credits in the clinic's report. */
export interface PractitionerCredits {
  practitioner: { id: string; name: string };
  organization: { id: string; name: string };
  courses: { id: string; title: string; endsOn: string; credits: number }[];
  totalCredits: number;
}
