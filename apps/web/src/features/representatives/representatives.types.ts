import type {
  TAddWardRequest,
  TWard,
  ZLinkDecisionRequest,
  ZPatientCard,
  ZProxyStarted,
  ZRepresentativeLink,
  z,
} from '@talon/contracts';

// The representatives contracts, as types only: zod itself stays out of the browser bundle.
export type { TAddWardRequest, TWard };
export type TWardRelation = TWard['relation'];
export type TWardStatus = TWard['status'];
export type TProxyStarted = z.infer<typeof ZProxyStarted>;
export type TRepresentativeLink = z.infer<typeof ZRepresentativeLink>;
export type TLinkDecisionRequest = z.infer<typeof ZLinkDecisionRequest>;
export type TPatientCard = z.infer<typeof ZPatientCard>;

/** `GET /me/wards`. */
export interface WardList {
  items: TWard[];
}

/** `GET /registry/representative-links`. */
export interface RepresentativeLinkList {
  items: TRepresentativeLink[];
}
