import { queryOptions } from '@tanstack/react-query';
import { ApiError, type ApiSchema, api, apiUrl, dataOf } from '../../shared/api-client';

export type TRecordSummary = ApiSchema<'RecordSummary'>;
export type TEncounter = ApiSchema<'Encounter'>;
export type TCondition = ApiSchema<'Condition'>;
export type TRecordDocument = ApiSchema<'RecordDocument'>;
export type TPrescription = ApiSchema<'Prescription'>;
export type TImmunization = ApiSchema<'Immunization'>;
export type TCoverage = ApiSchema<'Coverage'>;
export type TObservationTrend = ApiSchema<'ObservationTrend'>;

/** Whose record: the caller's own (undefined) or a ward's patient id. */
type Whose = string | undefined;
const query = (patientId: Whose) => ({ query: { patientId } });

// Under ['account'] so that logging out drops them (forgetSession); the service worker keeps the answers
// for offline reading and forgets them on logout too. A record changes rarely: a minute is fresh enough.
const record = <T>(patientId: Whose, part: string, load: (signal: AbortSignal) => Promise<T>) =>
  queryOptions({
    queryKey: ['account', 'record', patientId ?? 'self', part],
    queryFn: ({ signal }) => load(signal),
    staleTime: 60_000,
    // A refusal (404: no access, such as a young person's record) is an answer, not a failure to retry.
    retry: (failures, error) =>
      failures < 2 && !(error instanceof ApiError && error.status < 500 && error.status > 0),
  });

export const recordQueries = {
  summary: (patientId: Whose) =>
    record(patientId, 'summary', (signal) =>
      dataOf(api.GET('/api/v1/records/summary', { params: query(patientId), signal })),
    ),
  encounters: (patientId: Whose) =>
    record(patientId, 'encounters', (signal) =>
      dataOf(api.GET('/api/v1/records/encounters', { params: query(patientId), signal })),
    ),
  conditions: (patientId: Whose) =>
    record(patientId, 'conditions', (signal) =>
      dataOf(
        api.GET('/api/v1/records/conditions', { params: { query: { patientId, status: 'all' } }, signal }),
      ),
    ),
  observations: (patientId: Whose) =>
    record(patientId, 'observations', (signal) =>
      dataOf(api.GET('/api/v1/records/observations', { params: query(patientId), signal })),
    ),
  trend: (patientId: Whose, code: string) =>
    record(patientId, `trend:${code}`, (signal) =>
      dataOf(
        api.GET('/api/v1/records/observations/trend', { params: { query: { patientId, code } }, signal }),
      ),
    ),
  documents: (patientId: Whose) =>
    record(patientId, 'documents', (signal) =>
      dataOf(api.GET('/api/v1/records/documents', { params: query(patientId), signal })),
    ),
  prescriptions: (patientId: Whose) =>
    record(patientId, 'prescriptions', (signal) =>
      dataOf(api.GET('/api/v1/records/prescriptions', { params: query(patientId), signal })),
    ),
  immunizations: (patientId: Whose) =>
    record(patientId, 'immunizations', (signal) =>
      dataOf(api.GET('/api/v1/records/immunizations', { params: query(patientId), signal })),
    ),
  coverage: (patientId: Whose) =>
    record(patientId, 'coverage', (signal) =>
      dataOf(api.GET('/api/v1/records/coverage', { params: query(patientId), signal })),
    ),
  labOrders: (patientId: Whose) =>
    record(patientId, 'lab-orders', (signal) =>
      dataOf(api.GET('/api/v1/records/lab-orders', { params: query(patientId), signal })),
    ),
};

/** The document's PDF, downloaded by the browser itself (the session cookie goes along). */
export const documentFileUrl = (id: string) =>
  apiUrl('/api/v1/records/documents/{id}/file', { path: { id } });
