import { ORGANIZATION_KINDS } from '@talon/vocabulary';
import { pageOf, paginationQuery } from './pagination.contract';
import { ZSex } from './person.contract';
import { ZText, z } from './zod';

export const REGION_CODE_PATTERN = /^\d{2}$/;
export const ZOrganizationKind = z.enum(ORGANIZATION_KINDS).meta({ id: 'OrganizationKind' });
export type TOrganizationKind = z.infer<typeof ZOrganizationKind>;

export const ZRegion = z
  .object({
    code: z.string().describe('Two-digit code of the federal subject'),
    name: z.string(),
    timeZone: z.string().describe('Default IANA time zone of the region'),
  })
  .meta({ id: 'Region' });
export type TRegion = z.infer<typeof ZRegion>;

export const ZSpecialty = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.enum(['doctor', 'service']),
    ageGroup: z.enum(['adult', 'child', 'any']),
    normMinutes: z.number().int().nullable().describe('Legal visit-length norm, minutes'),
    defaultSlotMinutes: z.number().int(),
    selfBooking: z.boolean().describe('A patient may book directly'),
    referralRequired: z.boolean().describe('A referral (направление) is needed'),
    attachmentRequired: z.boolean().describe('Only at the clinic the patient is attached to'),
  })
  .meta({ id: 'Specialty' });
export type TSpecialty = z.infer<typeof ZSpecialty>;

export const ZGeoPoint = z.object({ lat: z.number(), lon: z.number() }).meta({ id: 'GeoPoint' });

export const ZBookingPolicy = z
  .object({
    horizonDays: z.number().int().describe('How many days ahead slots can be booked (1–30)'),
    minNoticeMinutes: z.number().int().describe('No booking closer than this to the visit'),
    cancellationWindowHours: z.number().int().describe('Free cancellation up to this many hours before'),
  })
  .meta({ id: 'BookingPolicy' });

const organizationFields = {
  id: z.uuid(),
  name: z.string(),
  shortName: z.string(),
  kind: ZOrganizationKind,
  region: ZRegion.pick({ code: true, name: true }),
  address: z.string(),
  location: ZGeoPoint,
  timeZone: z.string().describe('IANA time zone of the clinic; all its times are shown in it'),
  phone: z.string().nullable(),
  distanceKm: z.number().optional().describe('Present when the query has `near`'),
};

export const ZOrganizationSummary = z.object(organizationFields).meta({ id: 'OrganizationSummary' });
export type TOrganizationSummary = z.infer<typeof ZOrganizationSummary>;

export const ZOpeningHours = z
  .array(
    z.object({
      days: z.array(z.number().int().min(1).max(7)).describe('ISO weekdays, 1 = Monday'),
      opens: z.string().describe('HH:MM local time'),
      closes: z.string().describe('HH:MM local time'),
    }),
  )
  .meta({ id: 'OpeningHours' });

export const ZOrganization = z
  .object({
    ...organizationFields,
    registryCode: z.string(),
    website: z.string().nullable(),
    openingHours: ZOpeningHours,
    bookingPolicy: ZBookingPolicy,
    specialties: z.array(ZSpecialty.pick({ code: true, name: true })).describe('Specialties offered'),
    practitionersCount: z.number().int(),
  })
  .meta({ id: 'Organization' });
export type TOrganization = z.infer<typeof ZOrganization>;

/** `near=lat,lon`: parsed here so that a malformed value is a 400 naming the parameter. */
const ZNear = z
  .string()
  .regex(/^\s*-?\d{1,2}(\.\d+)?\s*,\s*-?\d{1,3}(\.\d+)?\s*$/, {
    message: 'Ожидаются координаты «широта,долгота», например 55.75,37.62',
  })
  .transform((value) => {
    const [lat, lon] = value.split(',').map(Number) as [number, number];
    return { lat, lon };
  })
  .refine(({ lat, lon }) => Math.abs(lat) <= 90 && Math.abs(lon) <= 180, {
    message: 'Широта должна быть в пределах ±90, долгота — ±180',
  });

const ZRegionCode = z
  .string()
  .regex(REGION_CODE_PATTERN, { message: 'Код региона — две цифры, например 77' });
const ZSearchText = ZText(100).trim().min(1);
const ZSpecialtyCode = ZText(64);

export const ZListOrganizationsQuery = z.object({
  region: ZRegionCode.optional().describe('Region code, e.g. 77'),
  kind: ZOrganizationKind.optional(),
  q: ZSearchText.optional().describe('Text in the name or address; case and ё/е do not matter'),
  near: ZNear.optional().describe('`lat,lon`: adds `distanceKm` and sorts by distance'),
  specialty: ZSpecialtyCode.optional().describe('Only clinics offering this specialty'),
  ...paginationQuery,
});
export type TListOrganizationsQuery = z.infer<typeof ZListOrganizationsQuery>;
export const ZOrganizationPage = pageOf(ZOrganizationSummary).meta({ id: 'OrganizationPage' });

export const ZPractitionerRole = z
  .object({
    id: z.uuid(),
    organization: z.object({ id: z.uuid(), name: z.string(), address: z.string(), timeZone: z.string() }),
    specialty: ZSpecialty.pick({ code: true, name: true }),
    room: z.string().nullable(),
  })
  .meta({ id: 'PractitionerRole' });

const practitionerFields = {
  id: z.uuid(),
  fullName: z.string(),
  surname: z.string(),
  name: z.string(),
  patronymic: z.string().nullable(),
  sex: ZSex,
  photoUrl: z.string().nullable(),
  specialties: z.array(ZSpecialty.pick({ code: true, name: true })),
  qualificationCategory: z.enum(['none', 'second', 'first', 'highest']),
  experienceSince: z.iso.date().describe('Date practice began'),
  experienceYears: z.number().int(),
  rating: z.number().nullable().describe('Mean of reviews, 1–5; null without reviews'),
  reviewsCount: z.number().int(),
};

export const ZPractitionerSummary = z
  .object({
    ...practitionerFields,
    organizations: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .meta({ id: 'PractitionerSummary' });
export type TPractitionerSummary = z.infer<typeof ZPractitionerSummary>;

export const ZEducation = z.object({
  institution: z.string(),
  year: z.number().int(),
  qualification: z.string(),
});

export const ZPractitioner = z
  .object({
    ...practitionerFields,
    education: z.array(ZEducation),
    languages: z.array(z.string()).describe('ISO 639-1 codes'),
    about: z.string().nullable(),
    roles: z.array(ZPractitionerRole).describe('Places of work'),
  })
  .meta({ id: 'Practitioner' });
export type TPractitioner = z.infer<typeof ZPractitioner>;

export const ZListPractitionersQuery = z.object({
  region: ZRegionCode.optional(),
  organization: z.uuid({ message: 'Ожидается идентификатор организации (UUID)' }).optional(),
  specialty: ZSpecialtyCode.optional().describe('Specialty code, e.g. therapist'),
  q: ZSearchText.optional().describe('Part of the name; case and ё/е do not matter'),
  ...paginationQuery,
});
export type TListPractitionersQuery = z.infer<typeof ZListPractitionersQuery>;
export const ZPractitionerPage = pageOf(ZPractitionerSummary).meta({ id: 'PractitionerPage' });

export const ZIdParams = z.object({
  id: z.uuid({ message: 'Ожидается идентификатор (UUID)' }),
});
