import type { TOrganizationKind } from './directory.api';

/** Kinds of organization in the order of the filter; the web app may only import types from contracts. */
export const ORGANIZATION_KIND_CODES = [
  'polyclinic',
  'children_polyclinic',
  'hospital',
  'dental',
  'womens_clinic',
  'diagnostic_centre',
] as const satisfies readonly TOrganizationKind[];

// Fails to compile when contracts add a kind that this list (and the translations) lack.
type MissingKind = Exclude<TOrganizationKind, (typeof ORGANIZATION_KIND_CODES)[number]>;
export const ALL_KINDS_LISTED: [MissingKind] extends [never] ? true : never = true;

/** A kind from the URL, or undefined for «all» and for anything unknown. */
export function parseOrganizationKind(value: string | null): TOrganizationKind | undefined {
  return ORGANIZATION_KIND_CODES.find((kind) => kind === value);
}
