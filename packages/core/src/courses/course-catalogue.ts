import type { Principal } from '../identity';
import { DomainError } from '../shared';
import { TICKET_EVENT_DOMAIN } from '../tickets';
import { renderCourseIcs } from './course-ics';
import { CourseErrorCode } from './courses.errors';
import type { CourseDeps } from './courses.ports';
import type { CourseFilter, CourseView } from './courses.types';
import { courseToday } from './courses-calendar-day';

/**
 * The catalogue (seed 004 «Каталог курсов»): by direction, format and first day; without `startsFrom` the
 * courses that start today or later (those still open for enrolment).
 */
export async function listCourses(
  deps: CourseDeps,
  _principal: Principal,
  filter: CourseFilter,
): Promise<CourseView[]> {
  const startsFrom = filter.startsFrom ?? courseToday(deps.clock.now());
  return deps.store.transaction((repos) => repos.courses.list({ ...filter, startsFrom }));
}

export async function getCourse(
  deps: CourseDeps,
  _principal: Principal,
  input: { id: string },
): Promise<CourseView> {
  const course = await deps.store.transaction((repos) => repos.courses.find(input.id));
  if (!course) throw new DomainError(CourseErrorCode.COURSE_NOT_FOUND);
  return course;
}

/** The course's dates as an iCalendar file, and a file name for it. */
export async function courseCalendar(
  deps: CourseDeps,
  principal: Principal,
  input: { id: string },
): Promise<{ fileName: string; ics: string }> {
  const course = await getCourse(deps, principal, input);
  return {
    fileName: `course-${course.code}.ics`,
    ics: renderCourseIcs(course, { now: deps.clock.now(), domain: TICKET_EVENT_DOMAIN }),
  };
}
