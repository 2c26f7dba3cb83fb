import type {
  TAddWardRequest,
  TMyRepresentative,
  TWard,
  ZAddedWard,
  ZLinkDecisionRequest,
  ZProxyStarted,
  ZRepresentativeLink,
  ZWardCodeSent,
  z,
} from '@talon/contracts';

// The representatives contracts, as types only: zod itself stays out of the browser bundle.
export type { TAddWardRequest, TMyRepresentative, TWard };
export type TAddedWard = z.infer<typeof ZAddedWard>;
export type TWardCodeSent = z.infer<typeof ZWardCodeSent>;
export type TWardRelation = TWard['relation'];
export type TWardStatus = TWard['status'];
export type TProxyStarted = z.infer<typeof ZProxyStarted>;
export type TRepresentativeLink = z.infer<typeof ZRepresentativeLink>;
export type TLinkDecisionRequest = z.infer<typeof ZLinkDecisionRequest>;

/** `GET /me/wards`. */
export interface WardList {
  items: TWard[];
}

/** `GET /registry/representative-links`. */
export interface RepresentativeLinkList {
  items: TRepresentativeLink[];
}

/** `GET /me/representatives`. */
export interface MyRepresentativeList {
  items: TMyRepresentative[];
}
