import { queryOptions } from '@tanstack/react-query';
import { type ApiQuery, type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TCourse = ApiSchema<'Course'>;
export type TCourseEnrollment = ApiSchema<'CourseEnrollment'>;
export type TCourseFilter = ApiQuery<'/api/v1/courses'>;

// Under ['account'] so that logging out drops them (see forgetSession).
export const coursesQueries = {
  catalogue: (filter: TCourseFilter) =>
    queryOptions({
      queryKey: ['account', 'courses', 'catalogue', filter],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/courses', { params: { query: filter }, signal })),
    }),
  course: (id: string) =>
    queryOptions({
      queryKey: ['account', 'courses', 'course', id],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/courses/{id}', { params: { path: { id } }, signal })),
      retry: false,
    }),
  mine: () =>
    queryOptions({
      queryKey: ['account', 'courses', 'mine'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/practitioner/course-enrollments', { signal })),
    }),
};

export const coursesApi = {
  enrol: (courseId: string) =>
    dataOf(api.POST('/api/v1/courses/{id}/enrollments', { params: { path: { id: courseId } } })),
  cancel: (id: string) =>
    dataOf(
      api.POST('/api/v1/practitioner/course-enrollments/{id}/cancel', { params: { path: { id } }, body: {} }),
    ),
};

/** The active enrolment (processing or approved) of each course, from «Мои курсы». */
export function activeEnrolmentsByCourse(items: readonly TCourseEnrollment[] | undefined) {
  const byCourse = new Map<string, TCourseEnrollment>();
  for (const item of items ?? []) if (item.status !== 'cancelled') byCourse.set(item.course.id, item);
  return byCourse;
}
