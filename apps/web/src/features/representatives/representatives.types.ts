import type { ApiSchema } from '../../shared/api-client';

// The representatives answers as the API describes them (`npm run api:types`).
export type TWard = ApiSchema<'Ward'>;
export type TAddWardRequest = ApiSchema<'AddWardRequestInput'>;
export type TAddedWard = ApiSchema<'AddedWard'>;
export type TWardCodeSent = ApiSchema<'WardCodeSent'>;
export type TMyRepresentative = ApiSchema<'MyRepresentative'>;
export type TWardRelation = TWard['relation'];
export type TWardStatus = TWard['status'];
export type TProxyStarted = ApiSchema<'ProxyStarted'>;
export type TRepresentativeLink = ApiSchema<'RepresentativeLink'>;
export type TLinkDecisionRequest = ApiSchema<'LinkDecisionRequestInput'>;
