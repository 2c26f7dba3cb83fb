import type { VideoAppointment, VideoRoomsRepository } from '@talon/core/video';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { appointments, organizations, slots, storedFiles, videoRooms } from '../../schema';

/** Appointments seen as video rooms (with the slot's end and the clinic's phone), and the rooms' state. */
export function createVideoRoomsRepository(db: Database): VideoRoomsRepository {
  return {
    async findAppointment(appointmentId): Promise<VideoAppointment | null> {
      const [row] = await db
        .select({
          appointmentId: appointments.id,
          patientId: appointments.patientId,
          practitionerId: appointments.practitionerId,
          organizationId: appointments.organizationId,
          startsAt: appointments.startsAt,
          endsAt: slots.endsAt,
          status: appointments.status,
          visitType: appointments.visitType,
          clinicPhone: organizations.phone,
        })
        .from(appointments)
        .innerJoin(slots, eq(slots.id, appointments.slotId))
        .innerJoin(organizations, eq(organizations.id, appointments.organizationId))
        .where(eq(appointments.id, appointmentId));
      return row ?? null;
    },

    async roomState(appointmentId) {
      const [row] = await db
        .select({ admittedAt: videoRooms.admittedAt, phoneAt: videoRooms.phoneAt })
        .from(videoRooms)
        .where(eq(videoRooms.appointmentId, appointmentId));
      return row ?? { admittedAt: null, phoneAt: null };
    },

    async admit(appointmentId, at) {
      await db
        .insert(videoRooms)
        .values({ appointmentId, admittedAt: at })
        .onConflictDoUpdate({
          target: videoRooms.appointmentId,
          set: { admittedAt: sql`coalesce(${videoRooms.admittedAt}, excluded.admitted_at)`, updatedAt: at },
        });
    },

    async switchToPhone(appointmentId, at) {
      await db
        .insert(videoRooms)
        .values({ appointmentId, phoneAt: at })
        .onConflictDoUpdate({
          target: videoRooms.appointmentId,
          set: { phoneAt: sql`coalesce(${videoRooms.phoneAt}, excluded.phone_at)`, updatedAt: at },
        });
    },

    async attachFile(input) {
      const [row] = await db
        .update(storedFiles)
        .set({ attachedToType: 'video_room', attachedToId: input.appointmentId, attachedAt: input.at })
        .where(
          and(
            eq(storedFiles.id, input.uploadId),
            eq(storedFiles.ownerAccountId, input.ownerAccountId),
            isNull(storedFiles.attachedToId),
          ),
        )
        .returning({ contentType: storedFiles.contentType, size: storedFiles.size });
      return row ?? null;
    },
  };
}
