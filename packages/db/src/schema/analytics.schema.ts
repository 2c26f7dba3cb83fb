import { BOOKING_CHANNELS } from '@talon/core/booking';
import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { codeRef, isoDate, timestamptz, uuidRef } from './columns';
import { organizations } from './organizations.schema';
import { practitioners } from './practitioners.schema';
import { specialties } from './reference.schema';

const count = (name: string) => integer(name).notNull().default(0);
const channelColumns = Object.fromEntries(
  BOOKING_CHANNELS.map((channel) => [`ch_${channel}`, count(`ch_${channel}`)]),
);

/**
 * The load report's daily rollup (docs/analytics.md «Daily rollup»): one row per clinic-local day × clinic ×
 * specialty × practitioner of a closed day, the same figures the live query counts. Written only by the
 * `analytics.rollup` worker job (a whole day at a time, idempotent); the load report reads it for the days up
 * to `analytics_rollup_state.closed_through` and the live tables after it.
 */
export const analyticsDaily = pgTable(
  'analytics_daily',
  {
    day: isoDate('day').notNull(),
    organizationId: uuidRef('organization_id', () => organizations.id, 'cascade'),
    specialtyCode: codeRef('specialty_code', () => specialties.code),
    practitionerId: uuidRef('practitioner_id', () => practitioners.id, 'cascade'),
    offered: count('offered'),
    booked: count('booked'),
    fulfilled: count('fulfilled'),
    noshow: count('noshow'),
    cancelledPatient: count('cancelled_patient'),
    cancelledRepresentative: count('cancelled_representative'),
    cancelledRegistry: count('cancelled_registry'),
    cancelledClinic: count('cancelled_clinic'),
    ...(channelColumns as Record<`ch_${(typeof BOOKING_CHANNELS)[number]}`, ReturnType<typeof count>>),
    computedAt: timestamptz('computed_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.organizationId, t.specialtyCode, t.practitionerId] }),
    check(
      'analytics_daily_counts',
      sql`${t.offered} >= 0 and ${t.fulfilled} >= 0 and ${t.noshow} >= 0 and ${t.cancelledPatient} >= 0
        and ${t.cancelledRepresentative} >= 0 and ${t.cancelledRegistry} >= 0 and ${t.cancelledClinic} >= 0
        and ${t.fulfilled} + ${t.noshow} + ${t.cancelledPatient} + ${t.cancelledRepresentative}
          + ${t.cancelledRegistry} + ${t.cancelledClinic} <= ${t.booked}`,
    ),
    // Every booked visit has exactly one channel.
    check(
      'analytics_daily_channels',
      sql.raw(
        `${BOOKING_CHANNELS.map((channel) => `"ch_${channel}" >= 0`).join(' and ')} and ${BOOKING_CHANNELS.map((channel) => `"ch_${channel}"`).join(' + ')} = "booked"`,
      ),
    ),
  ],
);

/**
 * How far the rollup reaches: every day up to `closed_through` (inclusive) is in `analytics_daily`. One row
 * (`id` is always true); absent until the first run, which backfills every earlier day.
 */
export const analyticsRollupState = pgTable(
  'analytics_rollup_state',
  {
    id: boolean('id').primaryKey().default(true),
    closedThrough: isoDate('closed_through').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [check('analytics_rollup_state_single', sql`${t.id}`)],
);
