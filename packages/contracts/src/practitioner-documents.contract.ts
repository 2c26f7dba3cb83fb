import { PRACTITIONER_DOCUMENT_KINDS, PRACTITIONER_DOCUMENT_STATUSES } from '@talon/vocabulary';
import { z } from './zod';

// The practitioner's documents (issue 12 item 5); docs/practitioner-documents.md.

const ZInstant = z.iso.datetime({ offset: true });
const ZIsoDate = z.iso.date({ message: 'Ожидается дата в формате ГГГГ-ММ-ДД' });

export const ZPractitionerDocumentKind = z
  .enum(PRACTITIONER_DOCUMENT_KINDS)
  .describe(
    'discharge-summary and outpatient-extract (027/у) cover a period; visit-protocol one visit; medical-certificate neither',
  )
  .meta({ id: 'PractitionerDocumentKind' });

export const ZPractitionerDocumentStatus = z
  .enum(PRACTITIONER_DOCUMENT_STATUSES)
  .meta({ id: 'PractitionerDocumentStatus' });

export const ZPractitionerDocumentSections = z
  .record(z.string().max(40), z.string().max(20_000, { message: 'Не длиннее 20 000 символов' }))
  .describe("The section texts by the template's key (diagnoses, course, results, recommendations, …)")
  .meta({ id: 'PractitionerDocumentSections' });

export const ZPractitionerDocument = z
  .object({
    id: z.uuid(),
    number: z.string().describe('`ДОК-2026-000001`'),
    kind: ZPractitionerDocumentKind,
    title: z.string(),
    status: ZPractitionerDocumentStatus,
    patient: z.object({ id: z.uuid(), name: z.string() }),
    encounterId: z.uuid().nullable(),
    period: z.object({ from: ZIsoDate, to: ZIsoDate }).nullable().describe('Both dates inclusive'),
    sections: ZPractitionerDocumentSections,
    documentId: z.uuid().nullable().describe('The record’s document of the signed PDF'),
    supersedesId: z.uuid().nullable().describe('The signed document this one corrects'),
    signedAt: ZInstant.nullable(),
    fileUrl: z.string().nullable().describe('The signed PDF'),
    checkUrl: z.string().nullable().describe('The public check page (`/check/<code>`)'),
    createdAt: ZInstant,
    updatedAt: ZInstant,
  })
  .meta({ id: 'PractitionerDocument' });

export const ZAwaitingSignatureRequest = z
  .object({
    id: z.uuid(),
    number: z.string(),
    type: z.string(),
    title: z.string(),
    patient: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: ZInstant,
  })
  .describe(
    'A certificate request waiting for a doctor: signed with POST /practitioner/document-requests/{id}/sign',
  )
  .meta({ id: 'AwaitingSignatureRequest' });

export const ZPractitionerDocumentsQuery = z.object({
  status: z
    .enum(['draft', 'signed', 'awaiting_signature'])
    .default('awaiting_signature')
    .describe('awaiting_signature: own drafts and certificate requests; signed: with the superseded ones'),
  kind: ZPractitionerDocumentKind.optional(),
});

export const ZPractitionerDocumentList = z
  .object({
    documents: z.array(ZPractitionerDocument),
    requests: z.array(ZAwaitingSignatureRequest).describe('Only for status=awaiting_signature'),
  })
  .meta({ id: 'PractitionerDocumentList' });

export const ZCreatePractitionerDocumentBody = z
  .object({
    patientId: z.uuid({ message: 'Выберите пациента' }),
    kind: ZPractitionerDocumentKind,
    encounterId: z.uuid({ message: 'Выберите приём' }).nullish().describe('The visit of a visit-protocol'),
    from: ZIsoDate.nullish().describe('Period start (discharge-summary, outpatient-extract)'),
    to: ZIsoDate.nullish().describe('Period end, inclusive'),
    supersedesId: z
      .uuid()
      .nullish()
      .describe(
        'A signed document of the caller’s to correct: its kind, patient, period and texts are copied',
      ),
  })
  .meta({ id: 'CreatePractitionerDocumentBody' });

export const ZUpdatePractitionerDocumentBody = z
  .object({ sections: ZPractitionerDocumentSections })
  .meta({ id: 'UpdatePractitionerDocumentBody' });

export type TPractitionerDocument = z.infer<typeof ZPractitionerDocument>;
