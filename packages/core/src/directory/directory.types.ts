/** Read models of the public directory: regions, specialties, clinics and doctors. */

import type { Sex } from '../shared';

export interface Region {
  code: string;
  name: string;
  timeZone: string;
}

export type AgeGroup = 'adult' | 'child' | 'any';

export interface Specialty {
  code: string;
  name: string;
  kind: 'doctor' | 'service';
  ageGroup: AgeGroup;
  normMinutes: number | null;
  defaultSlotMinutes: number;
  selfBooking: boolean;
  referralRequired: boolean;
  attachmentRequired: boolean;
}

export type OrganizationKind =
  | 'polyclinic'
  | 'children_polyclinic'
  | 'hospital'
  | 'dental'
  | 'womens_clinic'
  | 'diagnostic_centre';

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface BookingPolicy {
  horizonDays: number;
  minNoticeMinutes: number;
  cancellationWindowHours: number;
}

/** Opening hours of the days listed (ISO weekdays, `ISO_WEEKDAYS`), in the clinic's local time. */
export interface OpeningHoursEntry {
  days: number[];
  opens: string;
  closes: string;
}

export interface OrganizationSummary {
  id: string;
  name: string;
  shortName: string;
  kind: OrganizationKind;
  region: { code: string; name: string };
  address: string;
  location: GeoPoint;
  timeZone: string;
  phone: string | null;
  distanceKm?: number;
}

export interface Organization extends OrganizationSummary {
  registryCode: string;
  website: string | null;
  openingHours: OpeningHoursEntry[];
  bookingPolicy: BookingPolicy;
  specialties: { code: string; name: string }[];
  practitionersCount: number;
}

export type QualificationCategory = 'none' | 'second' | 'first' | 'highest';

interface PractitionerBase {
  id: string;
  fullName: string;
  surname: string;
  name: string;
  patronymic: string | null;
  sex: Sex;
  photoUrl: string | null;
  specialties: { code: string; name: string }[];
  qualificationCategory: QualificationCategory;
  /** ISO date practice began. */
  experienceSince: string;
  /** Full years since `experienceSince`, computed with the clock. */
  experienceYears: number;
  rating: number | null;
  reviewsCount: number;
}

export interface PractitionerSummary extends PractitionerBase {
  organizations: { id: string; name: string }[];
}

export interface PractitionerRole {
  id: string;
  organization: { id: string; name: string; address: string; timeZone: string };
  specialty: { code: string; name: string };
  room: string | null;
}

export interface Practitioner extends PractitionerBase {
  education: { institution: string; year: number; qualification: string }[];
  languages: string[];
  about: string | null;
  roles: PractitionerRole[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface OrganizationFilter extends PageRequest {
  regionCode?: string;
  kind?: OrganizationKind;
  /** Already normalised for search (lower case, ё → е). */
  text?: string;
  near?: GeoPoint;
  specialtyCode?: string;
}

export interface PractitionerFilter extends PageRequest {
  regionCode?: string;
  organizationId?: string;
  specialtyCode?: string;
  /** Already normalised for search (lower case, ё → е). */
  text?: string;
}

/** What storage returns: everything but the figures that depend on today's date. */
export type Stored<T> = Omit<T, 'experienceYears'>;
