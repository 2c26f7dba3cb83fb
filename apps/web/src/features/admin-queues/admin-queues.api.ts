import { queryOptions } from '@tanstack/react-query';
import { type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TQueueDataChange = ApiSchema<'AdminDataChangeRequest'>;
export type TQueueDataRequest = ApiSchema<'AdminDataRequest'>;
export type TQueueAttachment = ApiSchema<'RegistryAttachmentRequest'>;
export type TQueueEnrolment = ApiSchema<'CourseEnrollment'>;
export type TQueueDocumentRequest = ApiSchema<'AdminDocumentRequest'>;
export type TQueueStaffApplication = ApiSchema<'StaffApplication'>;

const PAGE = { page: 1, pageSize: 100 };
const byCreated = <T extends { createdAt: string }>(items: T[]) =>
  [...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt));

// Under ['account'] so that logging out drops them (see forgetSession). Each queue is the open items of the
// existing list endpoints, oldest first.
export const adminQueuesQueries = {
  dataChanges: () =>
    queryOptions({
      queryKey: ['account', 'admin-queues', 'data-changes'],
      queryFn: async ({ signal }) => {
        const list = (status: 'in_progress' | 'approved') =>
          dataOf(
            api.GET('/api/v1/admin/data-change-requests', {
              params: { query: { status, ...PAGE } },
              signal,
            }),
          );
        const [waiting, approved] = await Promise.all([list('in_progress'), list('approved')]);
        return byCreated([...waiting.items, ...approved.items]);
      },
    }),
  dataRequests: () =>
    queryOptions({
      queryKey: ['account', 'admin-queues', 'data-requests'],
      queryFn: async ({ signal }) => {
        const list = (status: 'received' | 'in_progress') =>
          dataOf(api.GET('/api/v1/admin/data-requests', { params: { query: { status, ...PAGE } }, signal }));
        const [received, working] = await Promise.all([list('received'), list('in_progress')]);
        return byCreated([...received.items, ...working.items]);
      },
    }),
  attachments: () =>
    queryOptions({
      queryKey: ['account', 'admin-queues', 'attachments'],
      queryFn: async ({ signal }) =>
        (
          await dataOf(
            api.GET('/api/v1/registry/attachment-requests', {
              params: { query: { status: 'submitted' } },
              signal,
            }),
          )
        ).items,
    }),
  documentRequests: () =>
    queryOptions({
      queryKey: ['account', 'admin-queues', 'document-requests'],
      queryFn: async ({ signal }) =>
        (await dataOf(api.GET('/api/v1/admin/document-requests', { signal }))).items,
    }),
  enrolments: () =>
    queryOptions({
      queryKey: ['account', 'admin-queues', 'enrolments'],
      queryFn: async ({ signal }) =>
        (
          await dataOf(
            api.GET('/api/v1/admin/course-enrollments', {
              params: { query: { status: 'processing' } },
              signal,
            }),
          )
        ).items,
    }),
  staffApplications: () =>
    queryOptions({
      queryKey: ['account', 'admin-queues', 'staff-applications'],
      queryFn: async ({ signal }) => {
        const list = (status: 'submitted' | 'in_review') =>
          dataOf(api.GET('/api/v1/admin/staff-applications', { params: { query: { status } }, signal }));
        const [submitted, inReview] = await Promise.all([list('submitted'), list('in_review')]);
        return byCreated([...submitted.items, ...inReview.items]);
      },
    }),
};

const path = (id: string) => ({ params: { path: { id } } });

export const adminQueuesApi = {
  decideDataChange: (id: string, decision: 'approve' | 'reject', comment?: string) =>
    dataOf(
      api.POST('/api/v1/admin/data-change-requests/{id}/decision', {
        ...path(id),
        body: { decision, ...(comment ? { comment } : {}) },
      }),
    ),
  applyDataChange: (id: string) =>
    dataOf(api.POST('/api/v1/admin/data-change-requests/{id}/apply', path(id))),
  reviewStaffApplication: (id: string) =>
    dataOf(api.POST('/api/v1/admin/staff-applications/{id}/review', path(id))),
  approveStaffApplication: (id: string) =>
    dataOf(api.POST('/api/v1/admin/staff-applications/{id}/approve', path(id))),
  rejectStaffApplication: (id: string, reason: string) =>
    dataOf(api.POST('/api/v1/admin/staff-applications/{id}/reject', { ...path(id), body: { reason } })),
  moveDataRequest: (id: string, status: 'in_progress' | 'done') =>
    dataOf(api.POST('/api/v1/admin/data-requests/{id}/status', { ...path(id), body: { status } })),
};
