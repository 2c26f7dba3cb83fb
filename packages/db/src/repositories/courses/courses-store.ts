import type { CourseStore } from '@talon/core/courses';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createAuditRepository } from '../audit.repository';
import type { IdentityStoreOptions } from '../identity/identity-store';
import { createTransactionOutbox } from '../outbox.repository';
import { createCourseEnrollmentsRepository } from './course-enrollments.repository';
import { createCoursesRepository } from './courses.repository';

/**
 * The unit of work of courses: an enrolment's status, the course's seat counter, the audit entry and the
 * practitioner's notices commit together — a refused seat rolls the status back.
 */
export function createCourseStore(
  db: Database,
  cipher: FieldCipher,
  options: IdentityStoreOptions = {},
): CourseStore {
  return {
    async transaction(work) {
      const written: string[] = [];
      const result = await db.transaction((tx) =>
        work({
          courses: createCoursesRepository(tx),
          enrolments: createCourseEnrollmentsRepository(tx),
          audit: createAuditRepository(tx),
          outbox: createTransactionOutbox(tx, cipher, written),
        }),
      );
      if (written.length) options.afterCommit?.(written);
      return result;
    },
  };
}
