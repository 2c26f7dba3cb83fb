import {
  problemResponses,
  ZFreeSlotPage,
  ZListSlotsQuery,
  ZNearestSlotPage,
  ZNearestSlotsQuery,
  ZProblem,
  ZSlotCalendar,
  ZSlotCalendarQuery,
  ZWaitingRoomProblem,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';

const errors = {
  400: problemResponses[400],
  503: ZWaitingRoomProblem,
  401: ZProblem.describe('`patientId` given without a login'),
  404: ZProblem.describe('`patientId` of a patient the caller may not book for'),
};

const description =
  'Anyone may search; a logged-in caller sees what they may book: patients and visitors the internet ' +
  'channel, the registry its own channel and unreleased priority-quota slots (flagged `isPriority`), a ' +
  "privileged patient the quota too, and the patient's age decides adult and paediatric specialties. " +
  'A search names a clinic, a doctor, or a region together with a specialty.';

const listDescription =
  `${description} A page may be shared by the identical searches of one second (\`SLOT_SEARCH_CACHE_MS\`): ` +
  'a slot taken is left out at once and a slot freed shows at once; other changes show within that second.';

/**
 * Free slots (issue 4, item 2): the list, per-day counts for a calendar, and the nearest slot of each
 * doctor. Public, but a session presented is read (`optional`), so the answer fits the caller.
 */
export const slotsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { slots } = app.services;
  const tags = ['Slots'];
  const config = { access: 'optional' as const };
  // The time choice's reads are the booking path: gated by the waiting room (docs/waiting-room.md).
  const bookingPath = { ...config, waitingRoom: true };

  app.get(
    '/slots',
    {
      config: bookingPath,
      schema: {
        tags,
        summary: 'Free slots the caller may book, by start time',
        description: listDescription,
        querystring: ZListSlotsQuery,
        response: { 200: ZFreeSlotPage, ...errors },
      },
    },
    (request) => slots.search(request.principal, { ...request.query, origin: originOf(request) }),
  );

  app.get(
    '/slots/calendar',
    {
      config: bookingPath,
      schema: {
        tags,
        summary: "Free slots per clinic-local day (the list's filters)",
        description,
        querystring: ZSlotCalendarQuery,
        response: { 200: ZSlotCalendar, ...errors },
      },
    },
    (request) => slots.calendar(request.principal, { ...request.query, origin: originOf(request) }),
  );

  app.get(
    '/slots/nearest',
    {
      config,
      schema: {
        tags,
        summary: 'Each doctor (practitioner role) with their first free slot, soonest first',
        description,
        querystring: ZNearestSlotsQuery,
        response: { 200: ZNearestSlotPage, ...errors },
      },
    },
    (request) => slots.nearest(request.principal, { ...request.query, origin: originOf(request) }),
  );
};
