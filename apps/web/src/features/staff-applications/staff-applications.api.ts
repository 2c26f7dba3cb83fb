import { queryOptions } from '@tanstack/react-query';
import { type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TStaffApplication = ApiSchema<'StaffApplication'>;
export type TStaffApplicationCreate = ApiSchema<'StaffApplicationCreate'>;
export type TStaffCertificate = ApiSchema<'StaffCertificate'>;
export type TStaffCertificateKind = ApiSchema<'StaffCertificateKind'>;

// Under ['account'] so that logging out drops them (see forgetSession).
export const staffApplicationsQueries = {
  mine: () =>
    queryOptions({
      queryKey: ['account', 'staff-applications', 'mine'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/me/staff-applications', { signal })),
    }),
  certificates: () =>
    queryOptions({
      queryKey: ['account', 'staff-applications', 'certificates'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/me/staff-certificates', { signal })),
    }),
};

export const staffApplicationsApi = {
  submit: (body: TStaffApplicationCreate) => dataOf(api.POST('/api/v1/me/staff-applications', { body })),
  /** Uploads one attachment (`multipart/form-data`, field `file`); its id goes with the application. */
  upload: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return dataOf(api.POST('/api/v1/uploads', { body: { file: file.name }, bodySerializer: () => form }));
  },
  issueCertificate: (kind: TStaffCertificateKind) =>
    dataOf(api.POST('/api/v1/me/staff-certificates', { body: { kind } })),
};
