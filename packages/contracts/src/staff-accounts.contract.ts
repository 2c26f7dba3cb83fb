import { z } from './zod';

/** Staff accounts of the admin cabinet (issue 13 item 3; docs/identity.md «Staff accounts»). */

const ZInstant = z.iso.datetime({ offset: true });

/** The roles a clinic admin grants at their clinic (core's GRANTABLE_STAFF_ROLES). */
export const STAFF_GRANTABLE_ROLES = ['doctor', 'nurse', 'registrar', 'clinic_admin'] as const;
const ZGrantableRole = z.enum(STAFF_GRANTABLE_ROLES);

export const ZStaffQuery = z.object({
  organization: z.uuid().optional().describe('One of the caller’s clinics; all of them when left out'),
  status: z.enum(['active', 'blocked', 'invited']).optional(),
  role: ZGrantableRole.optional(),
});

export const ZStaffMember = z
  .object({
    accountId: z.uuid().nullable().describe('Null for an invitation not yet accepted'),
    invitationId: z.uuid().nullable(),
    fullName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    roles: z.array(ZGrantableRole).describe('The roles at this clinic'),
    status: z.enum(['active', 'blocked', 'invited']),
    secondFactor: z.boolean().describe('A second factor is enrolled'),
    supportOperator: z.boolean().describe('The account is a support operator (a role for no clinic)'),
    lastLoginAt: ZInstant.nullable(),
    invitationExpiresAt: ZInstant.nullable(),
  })
  .meta({ id: 'StaffMember' });
export type TStaffMember = z.infer<typeof ZStaffMember>;

export const ZStaffList = z.object({ items: z.array(ZStaffMember) }).meta({ id: 'StaffList' });

export const ZStaffInvitationBody = z
  .object({
    contact: z.string().min(1).max(254).describe('An e-mail or a +7 mobile number'),
    fullName: z.string().min(1).max(200).describe('Surname, given name and patronymic'),
    roles: z.array(z.string().max(40)).max(8).describe('doctor, nurse, registrar, clinic_admin'),
    organizationId: z.uuid(),
    sex: z
      .enum(['male', 'female'])
      .nullish()
      .describe('Needed for a doctor or nurse without a practitioner card yet: one is made from the name'),
  })
  .meta({ id: 'StaffInvitationBody' });
export type TStaffInvitationBody = z.infer<typeof ZStaffInvitationBody>;

export const ZStaffInvitation = z
  .object({
    id: z.uuid(),
    expiresAt: ZInstant,
    replaced: z.boolean().describe('An open invitation was replaced'),
  })
  .meta({ id: 'StaffInvitation' });

export const ZStaffInvitationParams = z.object({ token: z.string().min(16).max(128) });

export const ZStaffInvitationAcceptBody = z
  .object({ password: z.string().min(1).max(256) })
  .meta({ id: 'StaffInvitationAcceptBody' });

export const ZStaffInvitationAccepted = z
  .object({ login: z.string().describe('The e-mail or phone to log in with') })
  .meta({ id: 'StaffInvitationAccepted' });

export const ZStaffAccountParams = z.object({ accountId: z.uuid() });

export const ZStaffRolesBody = z
  .object({
    organizationId: z.uuid().optional().describe('Needed when the caller administers several clinics'),
    roles: z
      .array(z.string().max(40))
      .max(8)
      .describe('The roles at that clinic; empty takes the account off it'),
  })
  .meta({ id: 'StaffRolesBody' });

export const ZSupportOperatorBody = z
  .object({
    isOperator: z.boolean().describe('Grant (true) or take back (false) the support operator’s role'),
  })
  .meta({ id: 'SupportOperatorBody' });

export const ZStaffBlockBody = z
  .object({ reason: z.string().trim().min(3).max(500).describe('Why, kept on the account') })
  .meta({ id: 'StaffBlockBody' });

/** `GET /api/v1/admin/clinics?query=&region=`. */
export const ZClinicsQuery = z.object({
  query: z.string().max(200).optional().describe('Words of the name, short name, address or region’s name'),
  region: z.string().max(10).optional().describe('A region code of two digits, e.g. 77'),
});

export const ZClinicParams = z.object({ organizationId: z.uuid() });

const ZCount = z.number().int().min(0);

export const ZClinicOverview = z
  .object({
    id: z.uuid(),
    name: z.string(),
    shortName: z.string(),
    region: z.object({ code: z.string(), name: z.string() }),
    address: z.string(),
    timeZone: z.string(),
    practitioners: ZCount.describe('Practitioners with an active place of work there'),
    staff: z
      .object({ active: ZCount, blocked: ZCount, invited: ZCount })
      .describe('Staff accounts with a role there by status; invited: the open invitations'),
    attachedPatients: ZCount,
    appointmentsToday: ZCount.describe(
      'Visits of the clinic’s current day, cancelled and moved ones left out',
    ),
  })
  .meta({ id: 'ClinicOverview' });

export const ZClinicList = z.object({ items: z.array(ZClinicOverview) }).meta({ id: 'ClinicList' });
