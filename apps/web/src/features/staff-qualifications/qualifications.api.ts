import { queryOptions } from '@tanstack/react-query';
import { type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TQualification = ApiSchema<'Qualification'>;
export type TNewQualification = ApiSchema<'NewQualificationInput'>;

// Under ['account'] so that logging out drops them (see forgetSession).
export const qualificationQueries = {
  list: () =>
    queryOptions({
      queryKey: ['account', 'qualifications', 'list'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/me/qualifications', { signal })),
    }),
  changes: () =>
    queryOptions({
      queryKey: ['account', 'qualifications', 'changes'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/me/qualifications/changes', { signal })),
    }),
  expiring: (days: number) =>
    queryOptions({
      queryKey: ['account', 'qualifications', 'expiring', days],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/admin/qualifications/expiring', { params: { query: { days } }, signal })),
    }),
};

export const qualificationsApi = {
  create: (body: TNewQualification) => dataOf(api.POST('/api/v1/me/qualifications', { body })),
  update: (id: string, body: TNewQualification) =>
    dataOf(api.PUT('/api/v1/me/qualifications/{id}', { params: { path: { id } }, body })),
  /** Uploads a scan (`multipart/form-data`, field `file`); its id goes with the document. */
  uploadScan: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return dataOf(api.POST('/api/v1/uploads', { body: { file: file.name }, bodySerializer: () => form }));
  },
};

/** Accreditations ending within 30 days (or the last day today): «Главная»'s task and the section's badge. */
export const isExpiringSoon = (q: TQualification) =>
  q.type === 'accreditation' && q.daysLeft !== null && q.daysLeft >= 0 && q.daysLeft <= 30;
