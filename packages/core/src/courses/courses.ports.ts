import type { AuditLog } from '../audit';
import type { OutboxPort } from '../identity';
import type { Clock } from '../shared';
import type {
  CourseFilter,
  CourseView,
  EnrolmentCanceller,
  EnrolmentStatus,
  EnrolmentView,
} from './courses.types';

export interface CoursesRepository {
  /** Courses matching the filter (`startsFrom` resolved), by start day then title. */
  list(filter: CourseFilter & { startsFrom: string }): Promise<CourseView[]>;
  find(id: string): Promise<CourseView | null>;
  /**
   * One seat more for an approved enrolment, in one conditional UPDATE (`approved_count < seats`); false when
   * the course is full. A concurrent approval waits for this row's lock, then sees the new count.
   */
  takeSeat(courseId: string): Promise<boolean>;
  /** The seat of an approved enrolment that is cancelled. */
  freeSeat(courseId: string): Promise<void>;
}

export interface EnrolmentsRepository {
  /** A new enrolment in processing; `taken` when the practitioner has an active one for the course already. */
  create(enrolment: {
    courseId: string;
    practitionerId: string;
    accountId: string;
    organizationId: string;
    at: Date;
  }): Promise<EnrolmentView | 'taken'>;
  find(id: string): Promise<EnrolmentView | null>;
  /** The practitioner's own enrolments, newest first. */
  listOwn(practitionerId: string): Promise<EnrolmentView[]>;
  /** Enrolments of practitioners at these clinics (null: every clinic), oldest first (the queue). */
  listForClinics(
    organizationIds: readonly string[] | null,
    status: EnrolmentStatus | null,
  ): Promise<EnrolmentView[]>;
  /** Approved enrolments at these clinics whose course ends within [from, to]. */
  approvedEndingBetween(
    organizationIds: readonly string[] | null,
    from: string,
    to: string,
  ): Promise<EnrolmentView[]>;
  /** from → to in one conditional UPDATE; false when the status changed meanwhile. */
  setStatus(
    id: string,
    change: {
      from: EnrolmentStatus;
      to: EnrolmentStatus;
      at: Date;
      byAccountId: string;
      cancelledBy?: EnrolmentCanceller;
      reason?: string | null;
    },
  ): Promise<boolean>;
  /** The account's e-mail for notices, if it has one. */
  emailOf(accountId: string): Promise<string | null>;
}

export interface CourseRepos {
  courses: CoursesRepository;
  enrolments: EnrolmentsRepository;
  audit: AuditLog;
  outbox: OutboxPort;
}

export interface CourseStore {
  transaction<T>(work: (repos: CourseRepos) => Promise<T>): Promise<T>;
}

export interface CourseDeps {
  store: CourseStore;
  clock: Clock;
}
