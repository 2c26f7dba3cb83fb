import { DOCUMENT_REQUEST_STATUSES, DOCUMENT_REQUEST_TYPES } from '@talon/vocabulary';
import { z } from './zod';

// Certificates and extracts (issue 11 item 6) and the public document check (issue 12 item 6);
// docs/requests.md.

const ZInstant = z.iso.datetime({ offset: true });
const ZIsoDate = z.iso.date({ message: 'Ожидается дата в формате ГГГГ-ММ-ДД' });

export const ZDocumentRequestType = z
  .enum(DOCUMENT_REQUEST_TYPES)
  .describe(
    'Generated at once: vaccination-certificate, visit-certificate, lab-results-extract; the others wait for a doctor',
  )
  .meta({ id: 'DocumentRequestType' });

export const ZDocumentRequestStatus = z.enum(DOCUMENT_REQUEST_STATUSES).meta({ id: 'DocumentRequestStatus' });

const ZDatePeriod = z
  .object({ from: ZIsoDate, to: ZIsoDate })
  .describe('Both dates inclusive')
  .meta({ id: 'DatePeriod' });

export const ZOrderDocumentBody = z
  .object({
    type: ZDocumentRequestType,
    purpose: z
      .string()
      .trim()
      .max(200, { message: 'Не длиннее 200 символов' })
      .nullish()
      .describe('Where the paper goes («для работы», «для бассейна»); part of what makes an order the same'),
    period: ZDatePeriod.nullish().describe('Required for lab-results-extract and outpatient-extract'),
    visitId: z
      .uuid({ message: 'Выберите приём' })
      .nullish()
      .describe('The visit (encounter) of a visit-certificate'),
    patientId: z.uuid().optional().describe("A ward's; the caller's own when absent"),
  })
  .meta({ id: 'OrderDocumentBody' });

export const ZDocumentRequest = z
  .object({
    id: z.uuid(),
    number: z.string().describe('`СПР-2026-000045` (certificates) or `ВЫП-2026-000046` (extracts)'),
    patientId: z.uuid(),
    type: ZDocumentRequestType,
    title: z.string(),
    purpose: z.string().nullable(),
    period: ZDatePeriod.nullable(),
    visitId: z.uuid().nullable(),
    status: ZDocumentRequestStatus,
    rejectionReason: z.string().nullable().describe("The doctor's reason when the request is rejected"),
    documentId: z.uuid().nullable(),
    fileUrl: z.string().nullable().describe('`/api/v1/records/documents/{documentId}/file` once ready'),
    checkUrl: z
      .string()
      .nullable()
      .describe("The document's public check page `/check/{code}` (its QR code)"),
    createdAt: ZInstant,
    updatedAt: ZInstant,
  })
  .meta({ id: 'DocumentRequest' });

export const ZDocumentRequestList = z
  .object({ items: z.array(ZDocumentRequest) })
  .meta({ id: 'DocumentRequestList' });

export const ZDocumentRequestsQuery = z.object({
  patientId: z.uuid({ message: 'Ожидается идентификатор пациента (UUID)' }).optional(),
});

export const ZDocumentRequestEmailResult = z
  .object({ sentTo: z.string().describe('The address, masked') })
  .meta({ id: 'DocumentRequestEmailResult' });

export const ZSignDocumentRequestBody = z
  .object({
    conclusion: z
      .string()
      .trim()
      .max(2000, { message: 'Не длиннее 2000 символов' })
      .nullish()
      .describe("The doctor's conclusion; «Медицинских противопоказаний не выявлено.» when absent"),
  })
  .meta({ id: 'SignDocumentRequestBody' });

export const ZRejectDocumentRequestBody = z
  .object({
    reason: z
      .string()
      .max(1000, { message: 'Не длиннее 1000 символов' })
      .nullish()
      .describe(
        'Required (422 DOCUMENT_REQUEST_REJECTION_REASON_REQUIRED, field body.reason): the patient reads it',
      ),
  })
  .meta({ id: 'RejectDocumentRequestBody' });

export const ZVerifyDocumentQuery = z.object({
  sha256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, { message: 'Ожидается SHA-256 файла: 64 шестнадцатеричных символа' })
    .describe('Hex SHA-256 of the PDF file'),
});

export const ZDocumentVerification = z
  .object({
    found: z.boolean(),
    status: z
      .enum(['valid', 'revoked', 'superseded'])
      .optional()
      .describe('superseded: genuine, replaced by a signed correction'),
    documentType: z.string().optional(),
    issuedAt: ZIsoDate.optional().describe('The document date'),
    organization: z.string().nullable().optional(),
    signed: z.boolean().optional(),
    signerName: z.string().nullable().optional().describe('The certificate holder: a doctor or the clinic'),
    signedAt: ZInstant.nullable().optional(),
    sha256: z.string().optional(),
  })
  .describe('Never the patient nor the content')
  .meta({ id: 'DocumentVerification' });

export const ZDocumentCheckParams = z.object({
  code: z
    .string()
    .min(16)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, { message: 'Неверный код проверки' }),
});

export const ZRevokeDocumentBody = z
  .object({
    reason: z
      .string()
      .trim()
      .min(1, { message: 'Укажите причину' })
      .max(500, { message: 'Не длиннее 500 символов' }),
  })
  .meta({ id: 'RevokeDocumentBody' });

export const ZRevokedDocument = z
  .object({ id: z.uuid(), status: z.literal('revoked'), revokedAt: ZInstant })
  .meta({ id: 'RevokedDocument' });

export type TDocumentRequest = z.infer<typeof ZDocumentRequest>;
export type TOrderDocumentBody = z.infer<typeof ZOrderDocumentBody>;
export type TDocumentVerification = z.infer<typeof ZDocumentVerification>;

export const ZAdminDocumentRequestsQuery = z.object({
  status: ZDocumentRequestStatus.optional().describe(
    'One status; the open ones (in_progress, awaiting_signature) when absent',
  ),
});

export const ZAdminDocumentRequest = z
  .object({
    id: z.uuid(),
    number: z.string(),
    type: ZDocumentRequestType,
    title: z.string().describe('The document’s Russian name'),
    status: ZDocumentRequestStatus,
    patient: z.object({ id: z.uuid(), name: z.string() }),
    organization: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    createdAt: ZInstant,
    dueAt: ZInstant.describe(
      'The legal deadline: 3 working days for a certificate (Приказ № 972н), 30 calendar days for an extract (Приказ № 789н)',
    ),
    isOverdue: z.boolean().describe('Still open past `dueAt`'),
  })
  .meta({ id: 'AdminDocumentRequest' });

export const ZAdminDocumentRequestList = z
  .object({ items: z.array(ZAdminDocumentRequest) })
  .meta({ id: 'AdminDocumentRequestList' });
