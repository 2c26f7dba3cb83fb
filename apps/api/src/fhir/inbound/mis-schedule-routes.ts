import type { ClientCall, ClientPrincipal, ScopePermission } from '@talon/core/integration-clients';
import type { InteropReads } from '@talon/core/interop';
import { type ExternalId, MisSchedulesErrorCode, type MisSchedulesUseCases } from '@talon/core/mis-schedules';
import { DomainError, isDomainError } from '@talon/core/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FhirError, unprocessable } from '../fhir-outcome';
import { ONE } from '../fhir-resource-handler';
import { isTalonId } from '../fhir-search-params';
import type { FhirResource } from '../fhir-types';
import { asFhirError } from '../fhir-write-routes';
import { toSchedule, toSlot } from '../mappers/scheduling.mapper';
import {
  bodyOf,
  conditionalIdentifier,
  identifierOf,
  readSchedule,
  readSlot,
  type ScheduleActors,
} from './mis-schedule-resources';

interface Written {
  status: 200 | 201;
  resource: FhirResource;
  subjectPatientId: null;
}

/** What the MIS routes borrow from the FHIR plugin: the bearer check, the audit, the scope check, the answer. */
export interface MisRouteKit {
  clientOf(request: FastifyRequest): Promise<ClientPrincipal>;
  audited(
    client: ClientPrincipal,
    call: Pick<ClientCall, 'interaction' | 'resourceType' | 'resourceId'>,
    work: () => Promise<Written>,
  ): Promise<Written>;
  requireScope(client: ClientPrincipal, type: string, permission: ScopePermission): void;
  send(reply: FastifyReply, status: number, body: FhirResource): FastifyReply;
  baseUrlOf(request: FastifyRequest): string;
  reads: InteropReads;
  clock: { now(): Date };
}

/** A refusal of an element as 422 naming it; the other refusals keep their status (403, 404, 409). */
export function misRefusal(error: unknown): unknown {
  if (isDomainError(error) && error.code === MisSchedulesErrorCode.MIS_RESOURCE_INVALID) {
    return asFhirError(error, { expression: error.options.field });
  }
  return error;
}

/**
 * The role a pushed Schedule names: its PractitionerRole, or the one role of its Practitioner (at its
 * Location, of its specialty) at the client's clinic. A client of no clinic is refused by the use case.
 */
export async function roleOfActors(
  reads: InteropReads,
  client: ClientPrincipal,
  actors: ScheduleActors,
  addressed: string | null,
): Promise<string> {
  if (addressed && actors.practitionerRoleId && actors.practitionerRoleId !== addressed) {
    throw unprocessable(
      'Участник PractitionerRole расписания не совпадает с адресом Schedule/<id>.',
      'Schedule.actor',
      MisSchedulesErrorCode.MIS_RESOURCE_INVALID,
    );
  }
  const roleId = addressed ?? actors.practitionerRoleId;
  if (!client.organizationId) return roleId ?? '';
  const found = await reads.practitionerRoles(
    roleId
      ? { ids: [roleId], organizationId: client.organizationId }
      : {
          practitionerId: actors.practitionerId ?? undefined,
          locationId: actors.locationId ?? undefined,
          specialtyCode: actors.specialtyCode ?? undefined,
          organizationId: client.organizationId,
        },
    { offset: 0, count: 2 },
  );
  const [role] = found.items;
  if (!role) throw new DomainError(MisSchedulesErrorCode.MIS_SCHEDULE_NOT_FOUND, { field: 'Schedule.actor' });
  if (found.total > 1) {
    throw unprocessable(
      'У врача несколько должностей в клинике: укажите PractitionerRole, Location или serviceType.',
      'Schedule.actor',
      MisSchedulesErrorCode.MIS_RESOURCE_INVALID,
    );
  }
  if (actors.specialtyCode && actors.specialtyCode !== role.specialty.code) {
    throw unprocessable(
      'Специальность расписания не совпадает со специальностью должности.',
      'Schedule.serviceType',
      MisSchedulesErrorCode.MIS_RESOURCE_INVALID,
    );
  }
  return role.id;
}

/**
 * Schedules from a regional MIS (issue 14 item 4, docs/fhir.md): `PUT /Slot/<id>` and `PUT
 * /Slot?identifier=<system>|<value>` (create when absent → 201 with `Location`, update → 200), the same for
 * `Schedule`. Scopes: `.u` to update, `.c` too for a conditional update (it may create). Audited as every call.
 */
export function misScheduleRoutes(app: FastifyInstance, kit: MisRouteKit, mis: MisSchedulesUseCases): void {
  const slotAnswer = async (slotId: string, status: 200 | 201): Promise<Written> => {
    const [slot] = (await kit.reads.slots({ ids: [slotId] }, ONE, kit.clock.now())).items;
    if (!slot) throw new DomainError(MisSchedulesErrorCode.MIS_SLOT_NOT_FOUND);
    return { status, resource: toSlot(slot), subjectPatientId: null };
  };
  const scheduleAnswer = async (roleId: string, status: 200 | 201): Promise<Written> => {
    const [role] = (await kit.reads.practitionerRoles({ ids: [roleId] }, ONE)).items;
    if (!role) throw new DomainError(MisSchedulesErrorCode.MIS_SCHEDULE_NOT_FOUND);
    return { status, resource: toSchedule(role), subjectPatientId: null };
  };

  /** One PUT: client, scopes, the work with its refusals mapped, the audit, the answer (and `Location`). */
  const put = (
    type: 'Slot' | 'Schedule',
    conditional: boolean,
    work: (client: ClientPrincipal, request: FastifyRequest, id: string | null) => Promise<Written>,
  ) =>
    async function handler(request: FastifyRequest, reply: FastifyReply) {
      const id = conditional ? null : (request.params as { id: string }).id;
      const client = await kit.clientOf(request);
      const result = await kit.audited(
        client,
        { interaction: 'update', resourceType: type, resourceId: id },
        async () => {
          kit.requireScope(client, type, 'u');
          if (conditional) kit.requireScope(client, type, 'c');
          if (id !== null && !isTalonId(id)) {
            throw new FhirError(404, 'not-found', `Ресурс ${type}/${id} не найден.`);
          }
          try {
            return await work(client, request, id);
          } catch (error) {
            throw misRefusal(error);
          }
        },
      );
      if (result.status === 201) {
        reply.header('location', `${kit.baseUrlOf(request)}/${type}/${String(result.resource.id)}`);
      }
      return kit.send(reply, result.status, result.resource);
    };

  const pushSlot = async (client: ClientPrincipal, request: FastifyRequest, id: string | null) => {
    const conditional: ExternalId | null =
      id === null ? conditionalIdentifier(request.query as Record<string, unknown>) : null;
    const resource = bodyOf(request.body, 'Slot', id);
    const identifier = identifierOf(resource, 'Slot', conditional);
    const slot = readSlot(resource);
    const target = id === null ? { identifier: conditional! } : { slotId: id };
    const done = await mis.pushMisSlot(client, { target, identifier, ...slot });
    return slotAnswer(done.slotId, done.created ? 201 : 200);
  };
  const pushSchedule = async (client: ClientPrincipal, request: FastifyRequest, id: string | null) => {
    const conditional: ExternalId | null =
      id === null ? conditionalIdentifier(request.query as Record<string, unknown>) : null;
    const resource = bodyOf(request.body, 'Schedule', id);
    const identifier = identifierOf(resource, 'Schedule', conditional);
    const actors = readSchedule(resource);
    const practitionerRoleId = await roleOfActors(kit.reads, client, actors, id);
    const target = id === null ? { identifier: conditional! } : { practitionerRoleId };
    const done = await mis.pushMisSchedule(client, {
      target,
      identifier,
      practitionerRoleId,
      active: actors.active,
    });
    return scheduleAnswer(done.practitionerRoleId, done.created && id === null ? 201 : 200);
  };

  app.put('/Slot', { schema: { hide: true } }, put('Slot', true, pushSlot));
  app.put('/Slot/:id', { schema: { hide: true } }, put('Slot', false, pushSlot));
  app.put('/Schedule', { schema: { hide: true } }, put('Schedule', true, pushSchedule));
  app.put('/Schedule/:id', { schema: { hide: true } }, put('Schedule', false, pushSchedule));
}
