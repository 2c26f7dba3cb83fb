import {
  STAFF_APPLICATION_STATUSES,
  STAFF_APPLICATION_TYPES,
  STAFF_CERTIFICATE_KINDS,
} from '@talon/vocabulary';
import { ZText, z } from './zod';

/** Staff applications and certificates (issue 12 item 9; docs/courses-and-applications.md). */

export const ZStaffApplicationType = z
  .enum(STAFF_APPLICATION_TYPES)
  .meta({ id: 'StaffApplicationType' })
  .describe('transfer, training, allowance, health_leave, labour_complaint');
export const ZStaffApplicationStatus = z
  .enum(STAFF_APPLICATION_STATUSES)
  .meta({ id: 'StaffApplicationStatus' })
  .describe('submitted → in_review → approved | rejected');
export const ZStaffCertificateKind = z.enum(STAFF_CERTIFICATE_KINDS).meta({ id: 'StaffCertificateKind' });

const required = 'Заполните поле';
const ZLine = ZText(200).trim().min(1, required);
const ZLong = ZText(2000).trim().min(1, required);
const ZDay = z.iso.date({ message: 'Укажите дату' });

/** The form of each type: what the core checks again (`checkApplicationForm`), spelt for the web form. */
export const STAFF_APPLICATION_FIELDS = {
  transfer: z.object({ department: ZLine, from: ZDay, reason: ZLong }),
  training: z.object({ topic: ZLine, from: ZDay, to: ZDay, comment: ZText(2000).optional() }),
  allowance: z.object({ allowanceKind: ZLine, from: ZDay, to: ZDay, reason: ZLong }),
  health_leave: z.object({ from: ZDay, to: ZDay, reason: ZLong }),
  labour_complaint: z.object({ subject: ZLine, text: ZLong }),
} as const;

const ZAttachmentIds = z
  .array(z.uuid())
  .max(5)
  .optional()
  .describe(
    'Own uploads (POST /api/v1/uploads: PDF, JPEG, PNG ≤ 5 MB), at most 5; health_leave requires one',
  );

/** `POST /api/v1/me/staff-applications`: the type and its form. */
export const ZStaffApplicationCreate = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('transfer'),
      fields: STAFF_APPLICATION_FIELDS.transfer,
      attachmentIds: ZAttachmentIds,
    }),
    z.object({
      type: z.literal('training'),
      fields: STAFF_APPLICATION_FIELDS.training,
      attachmentIds: ZAttachmentIds,
    }),
    z.object({
      type: z.literal('allowance'),
      fields: STAFF_APPLICATION_FIELDS.allowance,
      attachmentIds: ZAttachmentIds,
    }),
    z.object({
      type: z.literal('health_leave'),
      fields: STAFF_APPLICATION_FIELDS.health_leave,
      attachmentIds: ZAttachmentIds,
    }),
    z.object({
      type: z.literal('labour_complaint'),
      fields: STAFF_APPLICATION_FIELDS.labour_complaint,
      attachmentIds: ZAttachmentIds,
    }),
  ])
  .meta({ id: 'StaffApplicationCreate' });

export const ZStaffApplication = z
  .object({
    id: z.uuid(),
    number: z.string().describe('ЗЯ-<year>-<number>: the clinic’s running number of the year'),
    type: ZStaffApplicationType,
    status: ZStaffApplicationStatus,
    fields: z.record(z.string(), z.string()).describe('The form’s values by field name'),
    attachmentIds: z.array(z.uuid()),
    practitioner: z.object({ id: z.uuid(), name: z.string() }),
    organization: z.object({ id: z.uuid(), name: z.string() }),
    rejectionReason: z.string().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    reviewedAt: z.iso.datetime({ offset: true }).nullable(),
    decidedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'StaffApplication' });

export const ZStaffApplicationList = z
  .object({ items: z.array(ZStaffApplication) })
  .meta({ id: 'StaffApplicationList' });

/** `GET /api/v1/admin/staff-applications?status=`. */
export const ZStaffApplicationListQuery = z.object({ status: ZStaffApplicationStatus.optional() });

/** `POST /api/v1/admin/staff-applications/{id}/reject`. */
export const ZStaffApplicationReject = z
  .object({ reason: ZText(500).trim().min(1, required).describe('Why; the applicant reads it') })
  .meta({ id: 'StaffApplicationReject' });

/** `POST /api/v1/me/staff-certificates`. */
export const ZStaffCertificateCreate = z
  .object({ kind: ZStaffCertificateKind })
  .meta({ id: 'StaffCertificateCreate' });

export const ZStaffCertificate = z
  .object({
    id: z.uuid(),
    number: z.string(),
    kind: ZStaffCertificateKind,
    title: z.string(),
    organization: z.object({ id: z.uuid(), name: z.string() }),
    issuedOn: z.iso.date(),
    sha256: z.string().describe('Of the signed PDF: GET /api/v1/documents/verify?sha256= finds it'),
    signerName: z.string(),
    signedAt: z.iso.datetime({ offset: true }),
    fileUrl: z.string().describe('The signed PDF'),
    checkUrl: z.string().describe('The public check page of the QR code'),
  })
  .meta({ id: 'StaffCertificate' });

export const ZStaffCertificateList = z
  .object({ items: z.array(ZStaffCertificate) })
  .meta({ id: 'StaffCertificateList' });
