import { queryOptions } from '@tanstack/react-query';
import { type ApiRequestBody, type ApiSchema, api, dataOf } from '../../shared/api-client';
import { everyKey } from '../../shared/every-key';

export type TEncounter = ApiSchema<'Encounter'>;
export type TPrescription = ApiSchema<'Prescription'>;
export type TIcd10Code = ApiSchema<'Icd10Code'>;
export type TMedicine = ApiSchema<'Medicine'>;
export type TVisitTemplate = ApiSchema<'VisitTemplate'>;
type TSaveRequest = ApiRequestBody<'/api/v1/encounters/{id}', 'put'>;
export type TSections = TSaveRequest['sections'];
export type TDiagnosisInput = TSaveRequest['diagnoses'][number];
export type TCreatePrescription = ApiRequestBody<'/api/v1/prescriptions', 'post'>;

/** The six sections of a visit record, in the order the page shows them. */
export const SECTION_KEYS = everyKey<keyof TSections>({
  complaints: true,
  anamnesis: true,
  examination: true,
  conclusion: true,
  recommendations: true,
  followUp: true,
});
export type SectionKey = (typeof SECTION_KEYS)[number];
export type SectionValues = Record<SectionKey, string>;

// Under ['account'] so that logging out drops them.
export const visitQueries = {
  /**
   * The visit's record: `POST /encounters` starts it or, for an appointment, returns the draft already
   * there — so opening the page again (a reload) resumes the same record with what was saved.
   */
  encounter: (patientId: string, appointmentId: string | null) =>
    queryOptions({
      queryKey: ['account', 'visit', patientId, appointmentId ?? 'none'],
      queryFn: () =>
        dataOf(api.POST('/api/v1/encounters', { body: { patientId, appointmentId: appointmentId ?? null } })),
      staleTime: Number.POSITIVE_INFINITY,
      retry: false,
    }),
  templates: (specialty: string) =>
    queryOptions({
      queryKey: ['account', 'visit-templates', specialty],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/reference/visit-templates', { params: { query: { specialty } }, signal })),
      staleTime: Number.POSITIVE_INFINITY,
    }),
  /** The earlier versions of an amended record; its current version in the key, so an amendment refetches. */
  versions: (encounterId: string, version: number) =>
    queryOptions({
      queryKey: ['account', 'visit-versions', encounterId, version],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/encounters/{id}/versions', { params: { path: { id: encounterId } }, signal }),
        ),
      staleTime: Number.POSITIVE_INFINITY,
    }),
  /** The visit's prescriptions, drafts included. */
  prescriptions: (encounterId: string) =>
    queryOptions({
      queryKey: ['account', 'visit-prescriptions', encounterId],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/encounters/{id}/prescriptions', { params: { path: { id: encounterId } }, signal }),
        ),
    }),
};

export const visitApi = {
  save: (id: string, sections: TSections, diagnoses: TDiagnosisInput[]) =>
    dataOf(api.PUT('/api/v1/encounters/{id}', { params: { path: { id } }, body: { sections, diagnoses } })),
  amend: (id: string, sections: TSections, reason: string) =>
    dataOf(
      api.POST('/api/v1/encounters/{id}/amendments', {
        params: { path: { id } },
        body: { sections, reason },
      }),
    ),
  finish: (id: string) => dataOf(api.POST('/api/v1/encounters/{id}/finish', { params: { path: { id } } })),
  searchIcd10: (q: string, signal: AbortSignal) =>
    dataOf(api.GET('/api/v1/reference/icd10', { params: { query: { q } }, signal })),
  searchMedicines: (q: string, signal: AbortSignal) =>
    dataOf(api.GET('/api/v1/reference/medicines', { params: { query: { q } }, signal })),
  prescribe: (body: TCreatePrescription) => dataOf(api.POST('/api/v1/prescriptions', { body })),
  sign: (id: string) => dataOf(api.POST('/api/v1/prescriptions/{id}/sign', { params: { path: { id } } })),
  send: (id: string) => dataOf(api.POST('/api/v1/prescriptions/{id}/send', { params: { path: { id } } })),
};
