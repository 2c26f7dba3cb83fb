import type { ApiSchema } from '../../shared/api-client';

// The privacy answers as the API describes them (`npm run api:types`).
export type TConsent = ApiSchema<'Consent'>;
export type TCreateDataRequest = ApiSchema<'CreateDataRequestInput'>;
export type TDataRequest = ApiSchema<'DataRequest'>;
export type TPatientProfile = ApiSchema<'PatientProfile'>;
export type TDataRequestKind = TDataRequest['kind'];
