import type {
  TConsent,
  TCreateDataRequest,
  TDataRequest,
  TPatientProfile,
  ZRevokeConsentResponse,
  z,
} from '@talon/contracts';

// The privacy contracts, as types only: zod itself stays out of the browser bundle.
export type { TConsent, TCreateDataRequest, TDataRequest, TPatientProfile };
export type TConsentPurpose = TConsent['purpose'];
export type TDataRequestKind = TDataRequest['kind'];
export type TDataRequestStatus = TDataRequest['status'];
export type TRevokeConsentResponse = z.infer<typeof ZRevokeConsentResponse>;

/** `GET /me/consents`. */
export interface ConsentList {
  items: TConsent[];
}

/** `GET /me/data-requests`. */
export interface DataRequestList {
  items: TDataRequest[];
}
