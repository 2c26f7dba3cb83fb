import { sql } from 'drizzle-orm';
import { check, pgTable } from 'drizzle-orm/pg-core';
import { appointments } from './booking.schema';
import { timestampColumns, timestamptz, uuidRef } from './columns';

/**
 * The room of a video visit (issue 17 item 1, docs/video-visits.md): one row per appointment once something
 * happened in it — when the practitioner admitted the patient, when the visit was switched to a phone call.
 * Nothing of the call itself (media, session descriptions, chat) is stored.
 */
export const videoRooms = pgTable(
  'video_rooms',
  {
    appointmentId: uuidRef('appointment_id', () => appointments.id, 'cascade').primaryKey(),
    admittedAt: timestamptz('admitted_at'),
    phoneAt: timestamptz('phone_at'),
    ...timestampColumns,
  },
  (t) => [
    check('video_rooms_something_happened', sql`${t.admittedAt} is not null or ${t.phoneAt} is not null`),
  ],
);
