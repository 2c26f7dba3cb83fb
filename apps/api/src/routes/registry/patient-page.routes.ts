import {
  problemResponses,
  ZDeskPatientParams,
  ZDeskRepresentatives,
  ZDeskWaitlist,
  ZDeskWaitlistEntryParams,
  ZProblem,
  z,
} from '@talon/contracts';
import type { DeskLink } from '@talon/core/registry';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { presentWaitlistEntry } from '../patient/waitlist.presenter';
import { accessRefusals, noStore, principalOf } from '../route-preamble';

const errors = accessRefusals('Not registry staff');
const notFound = problemResponses[404];
const presentLink = (link: DeskLink) => ({ ...link, since: link.since.toISOString() });

/**
 * The desk's patient page beyond the card and the visits (issue 13 item 1): the patient's waitlist, the
 * desk's removal of an entry on the caller's request, the representatives and wards. The page's scope is
 * the card's: a patient the desk may not open answers 404 and leaves an `access.denied` entry.
 */
export const registryPatientPageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { registryPatient } = app.services;
  const tags = ['Registry'];
  const config = { access: { roles: ['registrar', 'call_centre'] as const } };
  noStore(app);

  app.get(
    '/registry/patients/:patientId/waitlist',
    {
      config,
      schema: {
        tags,
        summary: "The patient's waitlist entries for the desk (audited)",
        description:
          "Every entry, newest first, with `isAtDesk` (it waits at one of the desk's clinics) and `isRemovable`. " +
          'Entries at other clinics, and entries naming no clinic, are shown read-only. Audited (`record.read`, ' +
          '`waitlist`).',
        params: ZDeskPatientParams,
        response: { 200: ZDeskWaitlist, ...errors, 404: notFound },
      },
    },
    async (request) => {
      const entries = await registryPatient.listWaitlist(principalOf(request), {
        patientId: request.params.patientId,
        origin: originOf(request),
      });
      return {
        items: entries.map(({ isAtDesk, isRemovable, ...entry }) => ({
          ...presentWaitlistEntry(entry),
          isAtDesk,
          isRemovable,
        })),
      };
    },
  );

  app.delete(
    '/registry/patients/:patientId/waitlist/:entryId',
    {
      config,
      schema: {
        tags,
        summary:
          "Take the patient's waitlist entry off the list on their request (audited, the patient told)",
        description:
          "Only an entry at one of the desk's clinics (`CLINIC_OUT_OF_SCOPE` 403 otherwise) that is still on " +
          'the list. An open offer passes to the next patient, as when the patient leaves themselves. The ' +
          'patient hears of it by email and in the app (`waitlist_removed`); audited as `waitlist.remove`.',
        params: ZDeskWaitlistEntryParams,
        response: {
          204: z.null(),
          ...errors,
          403: ZProblem.describe("Not registry staff, or the entry is not at one of the desk's clinics"),
          404: notFound,
        },
      },
    },
    async (request, reply) => {
      await registryPatient.removeWaitlistEntry(principalOf(request), {
        ...request.params,
        origin: originOf(request),
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/registry/patients/:patientId/representatives',
    {
      config,
      schema: {
        tags,
        summary: "The patient's representatives and wards for the desk (audited)",
        description:
          'Names, relation and the state of each link — no birth dates, no medical data. Audited ' +
          '(`patient.read`, `representatives`) for the patient and for each ward named.',
        params: ZDeskPatientParams,
        response: { 200: ZDeskRepresentatives, ...errors, 404: notFound },
      },
    },
    async (request) => {
      const { representatives, wards } = await registryPatient.listRepresentatives(principalOf(request), {
        patientId: request.params.patientId,
        origin: originOf(request),
      });
      return { representatives: representatives.map(presentLink), wards: wards.map(presentLink) };
    },
  );
};
