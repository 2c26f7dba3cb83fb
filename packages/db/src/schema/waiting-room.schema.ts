import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';
import { accounts } from './identity.schema';

/**
 * Places in the booking path's waiting room (issue 16, item 4; docs/waiting-room.md). `seq` is the arrival
 * order — admission is strictly by it. One open place per account and one per device (unique among places
 * waiting or admitted): joining again returns the same place. A waiting place lapses when unseen for 2
 * minutes (synthetic places of a drill never do); lapsed places and ended admissions are deleted by the
 * admitter's pass. No personal data: an account id, a random device id, times.
 */
export const waitingRoomPlaces = pgTable(
  'waiting_room_places',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull().unique('waiting_room_places_seq_key'),
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    deviceId: uuid('device_id'),
    isSynthetic: boolean('is_synthetic').notNull().default(false),
    status: text('status').$type<'waiting' | 'admitted'>().notNull(),
    joinedAt: timestamptz('joined_at').notNull(),
    lastSeenAt: timestamptz('last_seen_at').notNull(),
    admittedAt: timestamptz('admitted_at'),
    admittedUntil: timestamptz('admitted_until'),
  },
  (t) => [
    uniqueIndex('waiting_room_places_account_key').on(t.accountId),
    uniqueIndex('waiting_room_places_device_key').on(t.deviceId),
    index('waiting_room_places_waiting_idx').on(t.seq).where(sql`${t.status} = 'waiting'`),
    check('waiting_room_places_status', sql`${t.status} in ('waiting', 'admitted')`),
    // A real place belongs to a device (the web app's) or an account (an API client); a synthetic one to neither.
    check(
      'waiting_room_places_holder',
      sql`${t.isSynthetic} = (${t.accountId} is null and ${t.deviceId} is null)`,
    ),
    check(
      'waiting_room_places_admission',
      sql`(${t.status} = 'admitted') = (${t.admittedAt} is not null and ${t.admittedUntil} is not null)`,
    ),
    check(
      'waiting_room_places_admission_order',
      sql`${t.admittedUntil} is null or (${t.admittedAt} >= ${t.joinedAt} and ${t.admittedUntil} > ${t.admittedAt})`,
    ),
  ],
);

/**
 * The room's state shared by every API process: one row (`id = 1`). Active while `active_until` is ahead
 * (renewed by each report of overload, set by a drill); the admission rate adapts to the reported load
 * except during a drill; the admitter's last pass and the fraction of an admission it owes.
 */
export const waitingRoomState = pgTable(
  'waiting_room_state',
  {
    id: integer('id').primaryKey().default(1),
    activeUntil: timestamptz('active_until'),
    lastOverloadAt: timestamptz('last_overload_at'),
    admissionsPerSecond: doublePrecision('admissions_per_second').notNull(),
    drillUntil: timestamptz('drill_until'),
    lastAdmissionAt: timestamptz('last_admission_at'),
    admissionCarry: doublePrecision('admission_carry').notNull().default(0),
    // Bookings completed while the room gated (every process adds its own), the admitter's last reading of
    // the count, and the completions per second it measured: the rate follows what the system completes.
    completedTotal: bigint('completed_total', { mode: 'number' }).notNull().default(0),
    completedSeen: bigint('completed_seen', { mode: 'number' }).notNull().default(0),
    completedPerSecond: doublePrecision('completed_per_second').notNull().default(0),
  },
  (t) => [
    check('waiting_room_state_single_row', sql`${t.id} = 1`),
    check('waiting_room_state_rate', sql`${t.admissionsPerSecond} > 0`),
    check('waiting_room_state_carry', sql`${t.admissionCarry} >= 0 and ${t.admissionCarry} < 1`),
    check(
      'waiting_room_state_completed',
      sql`${t.completedSeen} >= 0 and ${t.completedSeen} <= ${t.completedTotal} and ${t.completedPerSecond} >= 0`,
    ),
  ],
);
