import type { ScheduleItem } from '@talon/core/practice';
import { formatInZone } from '@talon/core/shared';

/** A visit of the practitioner's schedule as the API shows it: times in the clinic's zone. */
export const presentScheduleItem = ({
  organization,
  startsAt,
  endsAt,
  arrivedAt,
  ...item
}: ScheduleItem) => ({
  ...item,
  startsAt: formatInZone(startsAt, organization.timeZone),
  endsAt: formatInZone(endsAt, organization.timeZone),
  timeZone: organization.timeZone,
  organization: { id: organization.id, name: organization.name },
  arrivedAt: arrivedAt ? arrivedAt.toISOString() : null,
});
