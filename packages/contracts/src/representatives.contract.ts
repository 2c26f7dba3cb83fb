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
  })
  .meta({ id: 'Ward' });
export type TWard = z.infer<typeof ZWard>;

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

export const ZRepresentativeLink = z
  .object({
    id: z.uuid(),
    relation: z.enum(['parent', 'guardian']),
    status: z.enum(['pending', 'active', 'rejected', 'ended']),
    representativePatientId: z.uuid(),
    wardPatientId: z.uuid(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'RepresentativeLink' });

export const ZLinkDecisionRequest = z
  .object({ decision: z.enum(['approve', 'reject']), reason: ZText(500).optional() })
  .meta({ id: 'LinkDecisionRequest' });
