import { ZRole } from './auth.contract';
import { pageOf, paginationQuery } from './pagination.contract';
import { personFields } from './person.contract';
import { ZText, z } from './zod';

/** The person's own data: card, consents, "download all my data", data-subject requests (152-ФЗ). */

const ZDateTime = z.iso.datetime({ offset: true });

export const ZPatientProfile = z
  .object({
    id: z.uuid(),
    ...personFields,
    snils: z
      .string()
      .nullable()
      .describe('Masked (`***-***-445 95`) unless revealed with the password (`POST /me/profile/reveal`)'),
    oms: z.string().nullable().describe('ЕНП; masked unless revealed with the password'),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
    attachment: z
      .object({
        organizationId: z.uuid(),
        organizationName: z.string(),
        district: z.string().nullable(),
        since: z.string().nullable().describe('ISO date'),
      })
      .nullable()
      .describe('The clinic and district the patient is attached to'),
  })
  .meta({ id: 'PatientProfile' });
export type TPatientProfile = z.infer<typeof ZPatientProfile>;

export const ZConsentPurpose = z
  .enum(['personal_data', 'data_sharing', 'booking_on_behalf'])
  .meta({ id: 'ConsentPurpose' });

export const ZConsent = z
  .object({
    id: z.uuid(),
    purpose: ZConsentPurpose,
    textVersion: z.string().describe('Version of the consent text agreed to'),
    organization: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    grantedAt: ZDateTime,
    revokedAt: ZDateTime.nullable(),
  })
  .meta({ id: 'Consent' });
export type TConsent = z.infer<typeof ZConsent>;

export const ZDataRequestKind = z
  .enum(['access', 'correction', 'deletion'])
  .meta({ id: 'DataRequestKind' })
  .describe('Deadline: access 10 working days, correction 7 working days, deletion 30 days');
export const ZDataRequestStatus = z
  .enum(['received', 'in_progress', 'done', 'rejected'])
  .meta({ id: 'DataRequestStatus' });

export const ZDataRequest = z
  .object({
    id: z.uuid(),
    kind: ZDataRequestKind,
    status: ZDataRequestStatus,
    details: z.string().nullable(),
    createdAt: ZDateTime,
    dueAt: ZDateTime.describe('Legal deadline: end of the last day, Moscow time'),
    closedAt: ZDateTime.nullable(),
    isOverdue: z.boolean(),
  })
  .meta({ id: 'DataRequest' });
export type TDataRequest = z.infer<typeof ZDataRequest>;

export const ZRevokeConsentResponse = z
  .object({
    consent: ZConsent,
    deletionRequest: ZDataRequest.nullable().describe(
      'Opened when the consent to personal-data processing is withdrawn',
    ),
  })
  .meta({ id: 'RevokeConsentResponse' });

export const ZCreateDataRequest = z
  .object({
    kind: ZDataRequestKind,
    details: ZText(2000).optional().describe('What to correct or why; required for a correction'),
  })
  .meta({ id: 'CreateDataRequest' });
export type TCreateDataRequest = z.input<typeof ZCreateDataRequest>;

export const ZExportQuery = z.object({ format: z.enum(['json', 'pdf']).default('json') });

/** "Download all my data" as JSON (the PDF carries the same content). */
export const ZPersonalDataExport = z
  .object({
    generatedAt: ZDateTime,
    account: z.object({
      id: z.uuid(),
      displayName: z.string(),
      logins: z.object({
        phone: z.string().nullable(),
        email: z.string().nullable(),
        snils: z.boolean().describe('The SNILS is accepted as a login'),
      }),
      status: z.enum(['unconfirmed', 'active', 'blocked']),
      roles: z.array(z.object({ role: ZRole, organizationId: z.uuid().nullable() })),
      mfa: z.object({ totp: z.boolean(), sms: z.boolean() }),
      createdAt: ZDateTime,
      passwordChangedAt: ZDateTime.nullable(),
      sessions: z.array(
        z.object({
          id: z.uuid(),
          transport: z.enum(['cookie', 'bearer']),
          method: z.string(),
          createdAt: ZDateTime,
          lastSeenAt: ZDateTime,
          expiresAt: ZDateTime,
          endedAt: ZDateTime.nullable(),
          endReason: z.string().nullable(),
          ip: z.string().nullable(),
          userAgent: z.string().nullable(),
        }),
      ),
    }),
    patient: ZPatientProfile.describe('Identifiers in full'),
    consents: z.array(ZConsent),
    dataRequests: z.array(ZDataRequest),
    accessLog: z
      .array(
        z.object({
          seq: z.number().int(),
          occurredAt: ZDateTime,
          action: z.string(),
          outcome: z.enum(['success', 'failure', 'denied']),
          actorRole: z.string().nullable(),
          isOwnAction: z.boolean(),
          recordType: z.string().nullable(),
          recordId: z.string().nullable(),
        }),
      )
      .describe('Audit entries about the person or made by their account, newest first'),
  })
  .meta({ id: 'PersonalDataExport' });
export type TPersonalDataExport = z.infer<typeof ZPersonalDataExport>;

export const ZAdminDataRequestsQuery = z.object({
  status: ZDataRequestStatus.optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .describe('`true`: only open requests past their deadline'),
  ...paginationQuery,
});

export const ZAdminDataRequest = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    kind: ZDataRequestKind,
    status: ZDataRequestStatus,
    createdAt: ZDateTime,
    dueAt: ZDateTime,
    closedAt: ZDateTime.nullable(),
    isOverdue: z.boolean(),
  })
  .meta({ id: 'AdminDataRequest' });
export type TAdminDataRequest = z.infer<typeof ZAdminDataRequest>;
export const ZAdminDataRequestPage = pageOf(ZAdminDataRequest).meta({ id: 'AdminDataRequestPage' });

export const ZDataRequestStatusChange = z
  .object({ status: z.enum(['in_progress', 'done', 'rejected']) })
  .meta({ id: 'DataRequestStatusChange' });
