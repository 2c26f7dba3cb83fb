import { queryOptions } from '@tanstack/react-query';
import { type ApiQuery, type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TAdminEnrollment = ApiSchema<'CourseEnrollment'>;
export type TEnrollmentStatus = ApiSchema<'CourseEnrollmentStatus'>;
export type TCourseReportQuery = ApiQuery<'/api/v1/admin/courses/report'>;

// Under ['account'] so that logging out drops them (see forgetSession).
export const adminCoursesQueries = {
  enrollments: (status: TEnrollmentStatus | undefined) =>
    queryOptions({
      queryKey: ['account', 'admin-courses', 'enrollments', status ?? 'all'],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/admin/course-enrollments', { params: { query: { status } }, signal })),
    }),
  report: (query: TCourseReportQuery) =>
    queryOptions({
      queryKey: ['account', 'admin-courses', 'report', query],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/admin/courses/report', { params: { query }, signal })),
    }),
};

export const adminCoursesApi = {
  decide: (id: string, decision: 'approve' | 'cancel', reason?: string) =>
    dataOf(
      api.POST('/api/v1/admin/course-enrollments/{id}/decision', {
        params: { path: { id } },
        body: { decision, ...(reason ? { reason } : {}) },
      }),
    ),
};
