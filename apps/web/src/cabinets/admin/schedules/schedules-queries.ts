import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { type ApiRequestBody, type ApiSchema, api, dataOf } from '../../../shared/api-client';

export type TSchedule = ApiSchema<'Schedule'>;
export type TSchedulePreview = ApiSchema<'SchedulePreview'>;
export type TSlotRegeneration = ApiSchema<'SlotRegeneration'>;
export type TScheduleInput = ApiRequestBody<'/api/v1/admin/schedules/{id}', 'put'>;
export type TScheduleException = ApiSchema<'ScheduleException'>;
export type TScheduleExceptionChange = ApiSchema<'ScheduleExceptionChange'>;
export type TScheduleConflict = ApiSchema<'ScheduleConflict'>;
export type TAbsenceRequest = ApiSchema<'AbsenceRequest'>;
export type TCancelPeriodBody = ApiRequestBody<'/api/v1/admin/practitioner-roles/{id}/cancel-period', 'post'>;
export type TCancelPeriodPreview = ApiSchema<'CancelPeriodPreview'>;

/** The schedule editor's reads: the clinic's doctors (the public directory), a role's templates, the preview. */
export const schedulesQueries = {
  practitioners: (organizationId: string) =>
    queryOptions({
      queryKey: ['account', 'admin-schedules', 'practitioners', organizationId],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/practitioners', {
            params: { query: { organization: organizationId, pageSize: 100 } },
            signal,
          }),
        ),
    }),
  practitioner: (id: string) =>
    queryOptions({
      queryKey: ['account', 'admin-schedules', 'practitioner', id],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/practitioners/{id}', { params: { path: { id } }, signal })),
    }),
  templates: (roleId: string) =>
    queryOptions({
      queryKey: ['account', 'admin-schedules', 'templates', roleId],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/admin/schedules', {
            params: { query: { practitionerRole: roleId, pageSize: 100 } },
            signal,
          }),
        ),
    }),
  /** The role's exceptions that have not ended yet. */
  exceptions: (roleId: string, from: string) =>
    queryOptions({
      queryKey: ['account', 'admin-schedules', 'exceptions', roleId, from],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/admin/schedule-exceptions', {
            params: { query: { practitionerRole: roleId, from, pageSize: 100 } },
            signal,
          }),
        ),
    }),
  /** The clinic's absence requests waiting for a decision. */
  absenceRequests: (organizationId: string) =>
    queryOptions({
      queryKey: ['account', 'admin-schedules', 'absence-requests', organizationId],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/admin/absence-requests', {
            params: { query: { status: 'submitted', organization: organizationId } },
            signal,
          }),
        ),
    }),
  /** The dry run of the form's values; the last answer stays on screen while the next one loads. */
  preview: (roleId: string, scheduleId: string | null, template: TScheduleInput) =>
    queryOptions({
      queryKey: ['account', 'admin-schedules', 'preview', roleId, scheduleId, template],
      queryFn: ({ signal }) =>
        dataOf(
          api.POST('/api/v1/admin/schedules/preview', {
            body: { ...template, practitionerRoleId: roleId, scheduleId },
            signal,
          }),
        ),
      placeholderData: keepPreviousData,
      retry: false,
    }),
};

export const schedulesApi = {
  save: (roleId: string, scheduleId: string | null, template: TScheduleInput) =>
    scheduleId
      ? dataOf(
          api.PUT('/api/v1/admin/schedules/{id}', { params: { path: { id: scheduleId } }, body: template }),
        )
      : dataOf(api.POST('/api/v1/admin/schedules', { body: { ...template, practitionerRoleId: roleId } })),
  addException: (
    roleId: string,
    exception: Omit<ApiRequestBody<'/api/v1/admin/schedule-exceptions', 'post'>, 'practitionerRoleId'>,
  ) =>
    dataOf(
      api.POST('/api/v1/admin/schedule-exceptions', { body: { ...exception, practitionerRoleId: roleId } }),
    ),
  removeException: (id: string) =>
    dataOf(api.DELETE('/api/v1/admin/schedule-exceptions/{id}', { params: { path: { id } } })),
  decideAbsence: (id: string, body: ApiRequestBody<'/api/v1/admin/absence-requests/{id}/decision', 'post'>) =>
    dataOf(api.POST('/api/v1/admin/absence-requests/{id}/decision', { params: { path: { id } }, body })),
  previewCancel: (roleId: string, body: TCancelPeriodBody) =>
    dataOf(
      api.POST('/api/v1/admin/practitioner-roles/{id}/cancel-period/preview', {
        params: { path: { id: roleId } },
        body,
      }),
    ),
  cancelPeriod: (roleId: string, body: TCancelPeriodBody) =>
    dataOf(
      api.POST('/api/v1/admin/practitioner-roles/{id}/cancel-period', {
        params: { path: { id: roleId } },
        body,
      }),
    ),
};
