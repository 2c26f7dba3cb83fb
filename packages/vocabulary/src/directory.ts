/** Kinds of medical organization, in the order the directory's filter offers them. */
export const ORGANIZATION_KINDS = [
  'polyclinic',
  'children_polyclinic',
  'hospital',
  'dental',
  'womens_clinic',
  'diagnostic_centre',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
