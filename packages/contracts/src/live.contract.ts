import { REGION_CODE_PATTERN } from './directory.contract';
import { ZText, z } from './zod';

const ZRegionCode = z
  .string()
  .regex(REGION_CODE_PATTERN, { message: 'Код региона — две цифры, например 77' });

/**
 * `GET /api/v1/slots/events`: which slot changes a page wants to hear about. All given filters must match;
 * at least a region, a clinic or a practitioner is required, so that no page subscribes to the whole country.
 */
export const ZSlotEventsQuery = z
  .object({
    region: ZRegionCode.optional().describe('Region code, e.g. 77'),
    specialty: ZText(64).optional().describe('Specialty code, e.g. therapist'),
    organization: z.uuid().optional().describe('Only slots of this clinic'),
    practitioner: z.uuid().optional().describe('Only slots of this practitioner'),
  })
  .refine((q) => Boolean(q.region || q.organization || q.practitioner), {
    message: 'Укажите регион, медицинскую организацию или врача',
    path: ['region'],
  });
export type TSlotEventsQuery = z.infer<typeof ZSlotEventsQuery>;

/**
 * The `data` of an `event: slot` message: a slot became bookable (`available: true`) or stopped being
 * bookable (booked, held, blocked or removed). `event: resync` (data `{}`) says events may have been missed
 * (the server lost its database connection for a while): refetch the slot list.
 */
export const ZSlotEvent = z
  .object({
    slotId: z.uuid(),
    organizationId: z.uuid(),
    specialtyCode: z.string(),
    practitionerId: z.uuid(),
    regionCode: z.string(),
    startsAt: z.iso.datetime({ offset: true }),
    available: z.boolean(),
    availableAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .describe(
        'Set when a free slot was taken off by a hold (5 minutes) or a waitlist offer: the moment it becomes ' +
          'bookable again by itself, unless another event for the slot comes first. Show it again then.',
      ),
  })
  .meta({ id: 'SlotEvent' });
export type TSlotEvent = z.infer<typeof ZSlotEvent>;
