import type { CourseDeps } from '@talon/core/courses';
import { createCourseStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const coursesDeps = (infra: Infrastructure): CourseDeps => ({
  store: createCourseStore(infra.db, infra.cipher, { afterCommit: infra.afterCommit }),
  clock: infra.clock,
});
