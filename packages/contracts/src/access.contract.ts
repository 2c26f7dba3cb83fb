import { pageOf, paginationQuery } from './pagination.contract';
import { personFields } from './person.contract';
import { ZText, z } from './zod';

/** A person's card as staff and representatives see it; identifiers masked unless asked for. */
export const ZPatientCard = z
  .object({
    id: z.uuid(),
    ...personFields,
    snils: z.string().nullable().describe('Masked: `***-***-445 95`'),
    oms: z.string().nullable().describe('Masked: last four digits'),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    attachedOrganizationId: z.uuid().nullable(),
    accessBasis: z
      .enum(['self', 'representative', 'booking_consent', 'care', 'registry', 'organization', 'emergency'])
      .describe('Why the caller may see this card (written to the audit log too)'),
  })
  .meta({ id: 'PatientCard' });

export const ZEmergencyAccessRequest = z
  .object({ reason: ZText(500).describe('Why the record must be opened; at least 10 characters') })
  .meta({ id: 'EmergencyAccessRequest' });

export const ZEmergencyAccessGrant = z
  .object({ expiresAt: z.iso.datetime({ offset: true }) })
  .meta({ id: 'EmergencyAccessGrant' });

const ZIsoInstant = z.iso.datetime({
  offset: true,
  message: 'Ожидается дата и время ISO 8601 с часовым поясом',
});

export const ZEmergencyReportQuery = z.object({
  from: ZIsoInstant.describe('Start of the period (inclusive)'),
  to: ZIsoInstant.describe('End of the period (exclusive)'),
});

export const ZEmergencyAccessRecord = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    accountName: z.string(),
    patientId: z.uuid(),
    reason: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'EmergencyAccessRecord' });

export const ZAuditSearchQuery = z.object({
  person: z.uuid().optional().describe('Entries about this patient (as subject or the one acted for)'),
  actor: z.uuid().optional().describe('Entries by this account'),
  action: ZText(64).optional().describe('An action name such as `auth.login`'),
  from: ZIsoInstant.optional(),
  to: ZIsoInstant.optional(),
  ...paginationQuery,
});

export const ZAuditEvent = z
  .object({
    seq: z.number().int(),
    occurredAt: z.iso.datetime({ offset: true }),
    actorAccountId: z.uuid().nullable(),
    actorRole: z.string().nullable(),
    actorName: z
      .string()
      .nullable()
      .describe('The acting account’s name; null for the system or an unknown login'),
    onBehalfOfPatientId: z.uuid().nullable(),
    subjectPatientId: z.uuid().nullable(),
    action: z.string(),
    recordType: z.string().nullable(),
    recordId: z.string().nullable(),
    outcome: z.enum(['success', 'failure', 'denied']),
    reason: z.string().nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEvent' });

export const ZAuditEventPage = pageOf(ZAuditEvent).meta({ id: 'AuditEventPage' });

/** The answer of `POST /admin/audit/verify`: what `npm run audit:verify` computes. */
export const ZAuditVerification = z
  .object({
    ok: z.boolean().describe('The chain is intact (and no checkpoint file is forged)'),
    checked: z.number().int().describe('Entries found intact, from the first'),
    brokenAt: z.number().int().optional().describe('The first broken entry (`seq`)'),
    problem: z
      .enum([
        'hash_mismatch',
        'broken_link',
        'gap',
        'missing_entry',
        'unchained_entry',
        'truncated',
        'checkpoint_mismatch',
        'no_origin',
        'forged_checkpoint',
      ])
      .optional()
      .describe('The kind of damage found at `brokenAt`'),
    unchainedTailAgeSeconds: z
      .number()
      .int()
      .optional()
      .describe('Age of the oldest entry not linked yet, when there is one'),
  })
  .meta({ id: 'AuditVerification' });
