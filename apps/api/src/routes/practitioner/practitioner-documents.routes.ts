import {
  problemResponses,
  type TPractitionerDocument,
  ZCreatePractitionerDocumentBody,
  ZIdParams,
  ZPractitionerDocument,
  ZPractitionerDocumentList,
  ZPractitionerDocumentsQuery,
  ZProblem,
  ZUpdatePractitionerDocumentBody,
  z,
} from '@talon/contracts';
import type { PractitionerDocumentView } from '@talon/core/practitioner-documents';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { noStoreHeaders, practitionerRefusals, principalOf } from '../route-preamble';

const errors = {
  ...practitionerRefusals,
  404: problemResponses[404].describe(
    'No such document (or another practitioner’s), or the patient is not in my care (rule 16): the answer is the same',
  ),
  409: ZProblem.describe(
    'PRACTITIONER_DOCUMENT_SIGNED (a signed document is never edited), PRACTITIONER_DOCUMENT_NOT_SUPERSEDABLE, or a signing certificate problem',
  ),
};

export const presentPractitionerDocument = (d: PractitionerDocumentView): TPractitionerDocument => ({
  id: d.id,
  number: d.number,
  kind: d.kind,
  title: d.title,
  status: d.status,
  patient: d.patient,
  encounterId: d.encounterId,
  period: d.period,
  sections: d.sections,
  documentId: d.documentId,
  supersedesId: d.supersedesId,
  signedAt: d.signedAt?.toISOString() ?? null,
  fileUrl: d.documentId ? `/api/v1/practitioner/documents/${d.id}/file` : null,
  checkUrl: d.verificationCode ? `/check/${d.verificationCode}` : null,
  createdAt: d.createdAt.toISOString(),
  updatedAt: d.updatedAt.toISOString(),
});

/**
 * The practitioner's documents (issue 12 item 5; docs/practitioner-documents.md): a draft prefilled from the
 * record, its sections saved, signed with the practitioner's certificate, its PDF; the «Документы» list.
 */
export const practitionerDocumentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { practitionerDocuments } = app.services;
  const tags = ['Practitioner documents'];
  const config = { access: { roles: ['doctor', 'nurse'] as const } };

  app.get(
    '/practitioner/documents',
    {
      config,
      schema: {
        tags,
        summary: 'My documents by status; awaiting_signature adds the certificate requests to sign',
        querystring: ZPractitionerDocumentsQuery,
        response: { 200: ZPractitionerDocumentList, ...errors },
      },
    },
    async (request, reply) => {
      const list = await practitionerDocuments.list(principalOf(request), {
        status: request.query.status,
        kind: request.query.kind ?? null,
        origin: originOf(request),
      });
      reply.headers(noStoreHeaders);
      return {
        documents: list.documents.map(presentPractitionerDocument),
        requests: list.requests.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
      };
    },
  );

  app.post(
    '/practitioner/documents',
    {
      config,
      schema: {
        tags,
        summary: 'A new draft prefilled from the record (or the correction of a signed document)',
        body: ZCreatePractitionerDocumentBody,
        response: { 201: ZPractitionerDocument, ...errors },
      },
    },
    async (request, reply) => {
      const document = await practitionerDocuments.create(principalOf(request), {
        ...request.body,
        origin: originOf(request),
      });
      return reply.code(201).headers(noStoreHeaders).send(presentPractitionerDocument(document));
    },
  );

  app.get(
    '/practitioner/documents/:id',
    {
      config,
      schema: {
        tags,
        summary: 'One of my documents',
        params: ZIdParams,
        response: { 200: ZPractitionerDocument, ...errors },
      },
    },
    async (request, reply) => {
      const document = await practitionerDocuments.get(principalOf(request), {
        documentId: request.params.id,
        origin: originOf(request),
      });
      reply.headers(noStoreHeaders);
      return presentPractitionerDocument(document);
    },
  );

  app.put(
    '/practitioner/documents/:id',
    {
      config,
      schema: {
        tags,
        summary: "Save a draft's sections (a signed document: 409 PRACTITIONER_DOCUMENT_SIGNED)",
        params: ZIdParams,
        body: ZUpdatePractitionerDocumentBody,
        response: { 200: ZPractitionerDocument, ...errors },
      },
    },
    async (request, reply) => {
      const document = await practitionerDocuments.update(principalOf(request), {
        documentId: request.params.id,
        sections: request.body.sections,
        origin: originOf(request),
      });
      reply.headers(noStoreHeaders);
      return presentPractitionerDocument(document);
    },
  );

  app.post(
    '/practitioner/documents/:id/sign',
    {
      config,
      schema: {
        tags,
        summary: 'Sign a draft with my certificate (PAdES): the PDF is stored and shown to the patient',
        params: ZIdParams,
        response: { 200: ZPractitionerDocument, ...errors, 503: ZProblem.describe('The signer is down') },
      },
    },
    async (request, reply) => {
      const document = await practitionerDocuments.sign(principalOf(request), {
        documentId: request.params.id,
        origin: originOf(request),
      });
      reply.headers(noStoreHeaders);
      return presentPractitionerDocument(document);
    },
  );

  app.get(
    '/practitioner/documents/:id/file',
    {
      config,
      schema: {
        tags,
        summary: 'The signed PDF (application/pdf)',
        params: ZIdParams,
        response: { 200: z.string().describe('application/pdf'), ...errors },
      },
    },
    async (request, reply) => {
      const file = await practitionerDocuments.file(principalOf(request), {
        documentId: request.params.id,
        origin: originOf(request),
      });
      reply
        .headers(noStoreHeaders)
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="talon-${request.params.id}.pdf"`);
      // A Buffer goes out as it is: the serializer runs on objects only.
      return reply.send(Buffer.from(file.bytes) as unknown as string);
    },
  );
};
