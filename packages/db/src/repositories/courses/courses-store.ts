import type { CourseStore } from '@talon/core/courses';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createAuditRepository } from '../audit.repository';
import { createTransactionOutbox } from '../outbox.repository';
import { outboxTransaction, type StoreOptions } from '../unit-of-work';
import { createCourseEnrollmentsRepository } from './course-enrollments.repository';
import { createCoursesRepository } from './courses.repository';

/**
 * The unit of work of courses: an enrolment's status, the course's seat counter, the audit entry and the
 * practitioner's notices commit together — a refused seat rolls the status back.
 */
export function createCourseStore(
  db: Database,
  cipher: FieldCipher,
  options: StoreOptions = {},
): CourseStore {
  return {
    transaction: outboxTransaction(db, options, (tx, written) => ({
      courses: createCoursesRepository(tx),
      enrolments: createCourseEnrollmentsRepository(tx),
      audit: createAuditRepository(tx),
      outbox: createTransactionOutbox(tx, cipher, written),
    })),
  };
}
