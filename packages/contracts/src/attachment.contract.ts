import { ATTACHMENT_REQUEST_STATUSES } from '@talon/vocabulary';
import { ZText, z } from './zod';

/** Attachment (прикрепление, issue 13 item 2): the patient applies, the registry of the chosen clinic decides. */

const ZDateTime = z.iso.datetime({ offset: true });
const ZDistrict = ZText(20).nullable().optional().describe('Участок, if the patient knows it');

export const ZAttachmentRequestStatus = z
  .enum(ATTACHMENT_REQUEST_STATUSES)
  .describe('submitted «На рассмотрении», approved «Одобрено», rejected «Отклонено»');

export const ZCreateAttachmentRequest = z
  .object({
    organizationId: z.uuid().describe('The clinic to attach to'),
    district: ZDistrict,
    reason: ZText(1000).min(1).describe('Why the patient changes clinic (moved, the choice of a clinic, …)'),
    moved: z
      .boolean()
      .default(false)
      .describe('«Я переехал(а)»: the once-a-year limit on changing the attachment does not apply'),
    scanUploadId: z
      .uuid()
      .nullable()
      .optional()
      .describe('The caller’s own upload (POST /api/v1/uploads): the scan of the signed application'),
  })
  .meta({ id: 'CreateAttachmentRequest' });
export type TCreateAttachmentRequest = z.input<typeof ZCreateAttachmentRequest>;

const attachmentRequestFields = {
  id: z.uuid(),
  number: z.string().describe('`ПРК-2026-000001`'),
  organization: z.object({ id: z.uuid(), name: z.string() }),
  district: z.string().nullable(),
  reason: z.string(),
  moved: z.boolean(),
  scanUploadId: z.uuid().nullable().describe('Read with GET /api/v1/uploads/{id}'),
  status: ZAttachmentRequestStatus,
  statusLabel: z.string(),
  comment: z.string().nullable().describe('The registry’s comment (the reason of a rejection)'),
  createdAt: ZDateTime,
  decidedAt: ZDateTime.nullable(),
};

export const ZAttachmentRequest = z.object(attachmentRequestFields).meta({ id: 'AttachmentRequest' });
export type TAttachmentRequest = z.infer<typeof ZAttachmentRequest>;
export const ZAttachmentRequestList = z
  .object({ items: z.array(ZAttachmentRequest) })
  .meta({ id: 'AttachmentRequestList' });

export const ZRegistryAttachmentRequest = z
  .object({
    ...attachmentRequestFields,
    patientId: z.uuid(),
    dueAt: ZDateTime.describe(
      'Decision deadline: 2 working days (Приказ № 406н), end of the day, Moscow time',
    ),
    isOverdue: z.boolean().describe('Still submitted past `dueAt`'),
  })
  .meta({ id: 'RegistryAttachmentRequest' });
export type TRegistryAttachmentRequest = z.infer<typeof ZRegistryAttachmentRequest>;
export const ZRegistryAttachmentRequestList = z
  .object({ items: z.array(ZRegistryAttachmentRequest) })
  .meta({ id: 'RegistryAttachmentRequestList' });

export const ZRegistryAttachmentRequestsQuery = z.object({
  status: ZAttachmentRequestStatus.optional().describe('Default: all; the desk asks for `submitted`'),
});

export const ZAttachmentDecision = z
  .object({
    decision: z.enum(['approve', 'reject']),
    comment: ZText(1000).optional().describe('Required for a rejection: the patient reads it'),
  })
  .meta({ id: 'AttachmentDecision' });

export const ZDeskAttachment = z
  .object({
    organizationId: z.uuid().optional().describe('One of the registrar’s clinics; their clinic when omitted'),
    district: ZDistrict,
    moved: z.boolean().default(false).describe('The patient moved: the once-a-year limit does not apply'),
    reason: z
      .string()
      .trim()
      .max(500, { message: 'Не длиннее 500 символов' })
      .optional()
      .describe('Why the desk makes the exception (rule 5a); required with `override`'),
    override: z
      .boolean()
      .default(false)
      .describe('Rule 5a: the desk lifts the once-a-year limit; `reason` is then required'),
  })
  .meta({ id: 'DeskAttachment' });

export const ZPatientAttachment = z
  .object({
    organization: z.object({ id: z.uuid(), name: z.string() }),
    district: z.string().nullable(),
    since: z.iso.date(),
  })
  .meta({ id: 'PatientAttachment' });
