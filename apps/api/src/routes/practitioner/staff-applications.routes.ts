import {
  adminProblemResponses,
  problemResponses,
  ZIdParams,
  ZProblem,
  ZStaffApplication,
  ZStaffApplicationCreate,
  ZStaffApplicationList,
  ZStaffApplicationListQuery,
  ZStaffApplicationReject,
  ZStaffCertificate,
  ZStaffCertificateCreate,
  ZStaffCertificateList,
  z,
} from '@talon/contracts';
import type { StaffApplicationView, StaffCertificateView } from '@talon/core/staff-applications';
import { STAFF_CERTIFICATE_TITLES } from '@talon/core/staff-applications';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { clinicPractitionerRefusals, noStore, noStoreHeaders, principalOf } from '../route-preamble';

const notFound = problemResponses[404];

const presentApplication = ({
  accountId: _account,
  practitioner,
  updatedAt: _u,
  ...a
}: StaffApplicationView) => ({
  ...a,
  practitioner: { id: practitioner.id, name: practitioner.fullName },
  createdAt: a.createdAt.toISOString(),
  reviewedAt: a.reviewedAt?.toISOString() ?? null,
  decidedAt: a.decidedAt?.toISOString() ?? null,
});

const presentCertificate = ({ verificationCode, createdAt: _c, ...c }: StaffCertificateView) => ({
  ...c,
  title: STAFF_CERTIFICATE_TITLES[c.kind],
  signedAt: c.signedAt.toISOString(),
  fileUrl: `/api/v1/me/staff-certificates/${c.id}/file`,
  checkUrl: `/check/${verificationCode}`,
});

/**
 * Staff applications and certificates (issue 12 item 9, docs/courses-and-applications.md): a doctor or nurse
 * applies and follows the status; the clinic admin takes the application in review, approves or rejects it
 * (another clinic's: 404 with an `access.denied` entry). Certificates are issued at once, signed by the clinic.
 */
export const staffApplicationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { staffApplications } = app.services;
  const practitioner = { roles: ['doctor', 'nurse'] as const };
  const admin = { roles: ['clinic_admin', 'system_admin'] as const };
  const tags = ['Staff applications'];
  noStore(app);

  app.post(
    '/me/staff-applications',
    {
      config: { access: practitioner },
      schema: {
        tags,
        summary: 'Submit an application: the type’s form and attachments → a number, status submitted',
        body: ZStaffApplicationCreate,
        response: {
          201: ZStaffApplication,
          ...clinicPractitionerRefusals,
          400: ZProblem.describe(
            'STAFF_APPLICATION_INVALID (fields), _ATTACHMENT_REQUIRED (health leave), _ATTACHMENT_INVALID',
          ),
        },
      },
    },
    async (request, reply) => {
      const created = await staffApplications.submit(principalOf(request), {
        type: request.body.type,
        fields: request.body.fields,
        attachmentIds: request.body.attachmentIds,
        origin: originOf(request),
      });
      return reply.code(201).send(presentApplication(created));
    },
  );

  app.get(
    '/me/staff-applications',
    {
      config: { access: practitioner },
      schema: {
        tags,
        summary: '«Заявления»: one’s own applications, newest first',
        response: { 200: ZStaffApplicationList, ...clinicPractitionerRefusals },
      },
    },
    async (request) => ({
      items: (await staffApplications.listOwn(principalOf(request))).map(presentApplication),
    }),
  );

  app.get(
    '/me/staff-applications/:id',
    {
      config: { access: practitioner },
      schema: {
        tags,
        summary: 'One’s own application',
        params: ZIdParams,
        response: { 200: ZStaffApplication, ...clinicPractitionerRefusals, 404: notFound },
      },
    },
    async (request) =>
      presentApplication(await staffApplications.getOwn(principalOf(request), request.params)),
  );

  app.get(
    '/admin/staff-applications',
    {
      config: { access: admin },
      schema: {
        tags: ['Admin'],
        summary: 'Applications to the admin’s clinics (a system admin: all), oldest first, by status',
        querystring: ZStaffApplicationListQuery,
        response: { 200: ZStaffApplicationList, ...adminProblemResponses },
      },
    },
    async (request) => ({
      items: (await staffApplications.listForClinics(principalOf(request), request.query)).map(
        presentApplication,
      ),
    }),
  );

  const moves = [
    { move: 'review', summary: 'Take an application in review (submitted → in_review)' },
    { move: 'approve', summary: 'Approve an application in review' },
    { move: 'reject', summary: 'Reject an application in review, with the reason the applicant reads' },
  ] as const;
  for (const { move, summary } of moves) {
    app.post(
      `/admin/staff-applications/:id/${move}`,
      {
        config: { access: admin },
        schema: {
          tags: ['Admin'],
          summary,
          params: ZIdParams,
          ...(move === 'reject' ? { body: ZStaffApplicationReject } : {}),
          response: {
            200: ZStaffApplication,
            ...adminProblemResponses,
            404: notFound.describe('No such application, or one of another clinic'),
            409: ZProblem.describe('STAFF_APPLICATION_STATUS_CONFLICT: not allowed from the current status'),
          },
        },
      },
      async (request) =>
        presentApplication(
          await staffApplications.decide(principalOf(request), {
            id: request.params.id,
            move,
            reason: (request.body as { reason?: string } | undefined)?.reason ?? null,
            origin: originOf(request),
          }),
        ),
    );
  }

  app.post(
    '/me/staff-certificates',
    {
      config: { access: practitioner },
      schema: {
        tags,
        summary:
          'Issue a certificate (work experience or qualification): a PDF signed by the clinic, at once',
        body: ZStaffCertificateCreate,
        response: {
          201: ZStaffCertificate,
          ...clinicPractitionerRefusals,
          409: ZProblem.describe('SIGNING_CERTIFICATE_*: the clinic has no usable certificate'),
          503: ZProblem.describe('SIGNING_SERVICE_UNAVAILABLE'),
        },
      },
    },
    async (request, reply) => {
      const issued = await staffApplications.issueCertificate(principalOf(request), {
        kind: request.body.kind,
        origin: originOf(request),
      });
      return reply.code(201).send(presentCertificate(issued));
    },
  );

  app.get(
    '/me/staff-certificates',
    {
      config: { access: practitioner },
      schema: {
        tags,
        summary: '«Справки»: one’s own certificates, newest first',
        response: { 200: ZStaffCertificateList, ...clinicPractitionerRefusals },
      },
    },
    async (request) => ({
      items: (await staffApplications.listCertificates(principalOf(request))).map(presentCertificate),
    }),
  );

  app.get(
    '/me/staff-certificates/:id/file',
    {
      config: { access: practitioner },
      schema: {
        tags,
        summary: 'The signed PDF (application/pdf)',
        params: ZIdParams,
        response: {
          200: z.string().describe('application/pdf'),
          ...clinicPractitionerRefusals,
          404: notFound,
        },
      },
    },
    async (request, reply) => {
      const { certificate, pdf } = await staffApplications.certificateFile(
        principalOf(request),
        request.params,
      );
      reply
        .headers(noStoreHeaders)
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="talon-certificate-${certificate.id}.pdf"`);
      // A Buffer goes out as it is: the serializer runs on objects only.
      return reply.send(Buffer.from(pdf) as unknown as string);
    },
  );
};
