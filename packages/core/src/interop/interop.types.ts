/**
 * What the machine interfaces (FHIR R4, issue 14) read of Talon's own rows: the directory and the slots,
 * named after the FHIR resources they become. No second copy of the data: each is a view of the tables the
 * cabinets use.
 */

/** A slot as a FHIR client sees it (`Slot.status`): a hold in progress is `busy-tentative`. */
export type InteropSlotStatus = 'free' | 'busy' | 'busy-unavailable' | 'busy-tentative';

export const INTEROP_SLOT_STATUSES: readonly InteropSlotStatus[] = [
  'free',
  'busy',
  'busy-unavailable',
  'busy-tentative',
];

export interface InteropOrganization {
  id: string;
  /** The clinic's code in the register of medical organisations (ФРМО). */
  registryCode: string;
  name: string;
  shortName: string;
  address: string;
  regionName: string;
  phone: string | null;
  website: string | null;
  active: boolean;
}

/** A room (кабинет) of a clinic. */
export interface InteropLocation {
  id: string;
  organizationId: string;
  room: string;
  floor: number | null;
  name: string | null;
}

export interface InteropPractitioner {
  id: string;
  surname: string;
  name: string;
  patronymic: string | null;
  sex: 'male' | 'female';
  active: boolean;
}

/** A practitioner working at a clinic in a specialty: the FHIR PractitionerRole, and its Schedule. */
export interface InteropPractitionerRole {
  id: string;
  practitioner: { id: string; name: string };
  organization: { id: string; name: string };
  specialty: { code: string; name: string };
  locationId: string | null;
  active: boolean;
}

export interface InteropSlot {
  id: string;
  practitionerRoleId: string;
  specialty: { code: string; name: string };
  startsAt: Date;
  endsAt: Date;
  status: InteropSlotStatus;
}

/** One page of a search: the rows at `offset`, at most `count`, and how many match in all. */
export interface InteropPage<T> {
  items: T[];
  total: number;
}

export interface InteropPageRequest {
  offset: number;
  count: number;
}

export interface OrganizationCriteria {
  ids?: readonly string[];
  registryCode?: string;
  /** Already normalised for search (lower case, ё → е); matches the start of a word or more. */
  name?: string;
}

export interface LocationCriteria {
  ids?: readonly string[];
  organizationId?: string;
}

export interface PractitionerCriteria {
  ids?: readonly string[];
  /** Already normalised for search. */
  name?: string;
}

export interface PractitionerRoleCriteria {
  ids?: readonly string[];
  practitionerId?: string;
  organizationId?: string;
  locationId?: string;
  specialtyCode?: string;
}

export interface SlotCriteria {
  ids?: readonly string[];
  practitionerRoleId?: string;
  practitionerId?: string;
  locationId?: string;
  specialtyCode?: string;
  /** Start at or after. */
  startFrom?: Date;
  /** Start before. */
  startBefore?: Date;
  status?: InteropSlotStatus;
}
