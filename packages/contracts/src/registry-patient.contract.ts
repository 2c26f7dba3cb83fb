import { ZWardRelation } from './representatives.contract';
import { ZWaitlistEntry } from './waitlist.contract';
import { z } from './zod';

/**
 * The desk's patient page beyond the card and the visits (issue 13 item 1): the patient's waitlist entries
 * and their representatives and wards — names and relation only, no medical data.
 */

export const ZDeskWaitlistEntry = ZWaitlistEntry.extend({
  isAtDesk: z
    .boolean()
    .describe(
      "The entry waits at one of the desk's clinics; others (and entries naming no clinic) are read-only",
    ),
  isRemovable: z
    .boolean()
    .describe("The desk may take it off the list: at one of the desk's clinics, still waiting or offered"),
}).meta({ id: 'DeskWaitlistEntry' });
export type TDeskWaitlistEntry = z.infer<typeof ZDeskWaitlistEntry>;

export const ZDeskWaitlist = z.object({ items: z.array(ZDeskWaitlistEntry) }).meta({ id: 'DeskWaitlist' });

const ZUuid = z.uuid({ message: 'Ожидается идентификатор (UUID)' });

/** `/registry/patients/{patientId}/…` */
export const ZDeskPatientParams = z.object({ patientId: ZUuid });

/** `/registry/patients/{patientId}/waitlist/{entryId}` */
export const ZDeskWaitlistEntryParams = z.object({ patientId: ZUuid, entryId: ZUuid });

/** A representative link as the desk sees it: the other person's name, the relation, the link's state. */
export const ZDeskLink = z
  .object({
    linkId: z.uuid(),
    relation: ZWardRelation,
    status: z
      .enum(['pending', 'active', 'rejected', 'ended'])
      .describe(
        'pending: waits for the code or the registry; ended: ended by a person, or a parent link at 18',
      ),
    person: z.object({ surname: z.string(), name: z.string(), patronymic: z.string().nullable() }),
    since: z.iso.datetime({ offset: true }).describe('When the link (or the booking consent) was made'),
  })
  .meta({ id: 'DeskLink' });
export type TDeskLink = z.infer<typeof ZDeskLink>;

export const ZDeskRepresentatives = z
  .object({
    representatives: z
      .array(ZDeskLink)
      .describe("The patient's parents and guardians (pending or active links)"),
    wards: z
      .array(ZDeskLink)
      .describe('The people the patient acts for: children, wards, adults who let them book (`consent`)'),
  })
  .meta({ id: 'DeskRepresentatives' });
export type TDeskRepresentatives = z.infer<typeof ZDeskRepresentatives>;
