import type { AbsenceRequestView, ScheduleItem } from '@talon/core/practice';
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

/** An absence request as the API shows it. */
export const presentAbsenceRequest = ({
  organization,
  createdAt,
  decidedAt,
  ...request
}: AbsenceRequestView) => ({
  ...request,
  organization: { id: organization.id, name: organization.name },
  createdAt: createdAt.toISOString(),
  decidedAt: decidedAt ? decidedAt.toISOString() : null,
});
