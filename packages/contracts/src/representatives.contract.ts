import { personFields, ZSex } from './person.contract';
import { ZText, z } from './zod';

/** Family members and wards: a parent's child, a guardian's adult ward, an adult who consented to be booked. */

export const ZWardRelation = z
  .enum(['parent', 'guardian', 'consent'])
  .meta({ id: 'WardRelation' })
  .describe(
    '`parent` of a child, `guardian` of an adult ward (registrar approves), `consent` of an adult who allowed booking by code',
  );

export const ZWard = z
  .object({
    linkId: z.uuid(),
    relation: ZWardRelation,
    status: z.enum(['pending', 'active', 'rejected', 'ended']),
    patient: z.object({
      id: z.uuid(),
      ...personFields,
    }),
    createdAt: z.iso.datetime({ offset: true }),
    hasMedicalAccess: z
      .boolean()
      .describe(
        "The link gives the ward's medical data now: a parent's until the child is 15, later only if the young person allows it (docs/domain.md rule 24); never a booking consent",
      ),
  })
  .meta({ id: 'Ward' });
export type TWard = z.infer<typeof ZWard>;

export const ZAddedWard = ZWard.extend({
  codeSentTo: z
    .string()
    .nullable()
    .describe(
      "A parent's link to a child Talon knows waits (`pending`): a code went to this phone on the child's file (masked); enter it at `POST /me/wards/{id}/confirm`. Null when no code was sent (the registry checks the document then)",
    ),
}).meta({ id: 'AddedWard' });

export const ZAddWardRequest = z
  .object({
    relation: z.enum(['parent', 'guardian']),
    surname: ZText(100),
    name: ZText(100),
    patronymic: ZText(100).optional(),
    birthDate: ZText(10).describe('`дд.мм.гггг` or ISO'),
    sex: ZSex,
    snils: ZText(20).optional().describe("The ward's SNILS (a child may have none yet)"),
    document: ZText(40)
      .optional()
      .describe(
        'Birth certificate (`IV-МЮ 123456`) for a child, guardianship decision number for an adult ward',
      ),
    documentFileId: z
      .uuid({ message: 'Ожидается идентификатор загруженного файла' })
      .optional()
      .describe(
        "A scan of the document: the caller's own upload (`POST /api/v1/uploads`) not attached to anything yet; it is attached to the new link and shown to the registrar who approves. Another's, missing or already attached: 400 `WARD_DOCUMENT_FILE_INVALID` on `body.documentFileId`",
      ),
  })
  .meta({ id: 'AddWardRequest' });
export type TAddWardRequest = z.infer<typeof ZAddWardRequest>;

export const ZProxyRequest = z
  .object({
    surname: ZText(100),
    name: ZText(100),
    birthDate: ZText(10),
    snils: ZText(20),
  })
  .meta({ id: 'ProxyRequest' })
  .describe('An adult who will be asked, by a code sent to their phone, to allow booking on their behalf');

export const ZProxyStarted = z
  .object({ consentRequestId: z.uuid(), codeSentTo: z.string() })
  .meta({ id: 'ProxyStarted' });

export const ZProxyConfirmRequest = z
  .object({ code: z.string().regex(/^\d{6}$/, { message: 'Код — 6 цифр' }) })
  .meta({ id: 'ProxyConfirmRequest' });

const ZLinkPerson = z.object({
  surname: z.string(),
  name: z.string(),
  patronymic: z.string().nullable(),
  birthDate: z.string().describe('ISO date'),
});

export const ZRepresentativeLink = z
  .object({
    id: z.uuid(),
    relation: z.enum(['parent', 'guardian']),
    status: z.enum(['pending', 'active', 'rejected', 'ended']),
    representativePatientId: z.uuid(),
    wardPatientId: z.uuid(),
    representative: ZLinkPerson.describe('Who asks to represent the ward'),
    ward: ZLinkPerson,
    document: z
      .string()
      .nullable()
      .describe('The document number given: birth certificate or guardianship decision, to check'),
    documentFileId: z.uuid().nullable().describe('The uploaded scan of the document, if any'),
    documentUrl: z
      .string()
      .nullable()
      .describe('Where the approving registrar opens the scan (`/api/v1/uploads/{id}`), null without one'),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'RepresentativeLink' });

export const ZLinkDecisionRequest = z
  .object({ decision: z.enum(['approve', 'reject']), reason: ZText(500).optional() })
  .meta({ id: 'LinkDecisionRequest' });

export const ZWardCodeRequest = z
  .object({ code: z.string().regex(/^\d{6}$/, { message: 'Код — 6 цифр' }) })
  .meta({ id: 'WardCodeRequest' });

export const ZWardCodeSent = z
  .object({ codeSentTo: z.string().describe("The phone on the child's file, masked") })
  .meta({ id: 'WardCodeSent' });

/** The young person's own parents and guardians, and their say over the parents' medical access. */
export const ZMyRepresentative = z
  .object({
    linkId: z.uuid(),
    relation: z.enum(['parent', 'guardian']),
    status: z.enum(['pending', 'active']),
    representative: z.object({ surname: z.string(), name: z.string(), patronymic: z.string().nullable() }),
    hasMedicalAccess: z.boolean().describe('This representative reads my medical data now'),
    canDecide: z.boolean().describe('I may allow or withdraw it: a parent, and I am 15–17 (323-ФЗ art. 54)'),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'MyRepresentative' });
export type TMyRepresentative = z.infer<typeof ZMyRepresentative>;

export const ZMedicalAccessRequest = z
  .object({
    allowed: z.boolean().describe('`true`: the parent reads my medical data; `false`: booking only'),
  })
  .meta({ id: 'MedicalAccessRequest' });
