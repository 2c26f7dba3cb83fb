import type { Hl7Message } from '@medplum/core';
import {
  type ClientAuthenticator,
  type ClientCallRecorder,
  type ClientPrincipal,
  scopesAllow,
} from '@talon/core/integration-clients';
import type { InteropReads } from '@talon/core/interop';
import type { MisSchedulesUseCases } from '@talon/core/mis-schedules';
import type { Clock } from '@talon/core/shared';
import { isDomainError } from '@talon/core/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FhirError } from '../fhir/fhir-outcome';
import { roleOfActors } from '../fhir/inbound/mis-schedule-routes';
import { mapDomainError } from '../plugins/problem-details/domain-error-map';
import { type AckCode, type AckError, ackOf, rejectUnreadable } from './hl7-ack';
import { Hl7Rejection, parseHl7, readSiu } from './hl7-siu';

export const HL7_CONTENT_TYPE = 'x-application/hl7-v2+er7; charset=utf-8';
/** The largest message taken: a SIU is a few hundred bytes. */
const BODY_LIMIT = 64 * 1024;
/** The scopes an HL7 slot update needs: it may create the MIS's slot, or change it. */
const SCOPES = [
  ['Slot', 'c'],
  ['Slot', 'u'],
] as const;

export interface Hl7PluginOptions {
  authenticateClient: ClientAuthenticator;
  recordClientCall: ClientCallRecorder;
  misSchedules: MisSchedulesUseCases;
  reads: InteropReads;
  clock: Clock;
}

const send = (reply: FastifyReply, status: number, ack: Hl7Message) =>
  reply.code(status).type(HL7_CONTENT_TYPE).header('cache-control', 'no-store').send(ack.toString());

/**
 * HL7 v2 over HTTP for a regional MIS that speaks only v2 (issue 14 item 4, docs/fhir.md «Schedules from a
 * regional MIS»): `POST /hl7/v2` with one `SIU^S12`–`S15` message (`x-application/hl7-v2+er7` or
 * `text/plain`) and the bearer token of FHIR (`system/Slot.cu`). The slot update is the FHIR Slot push's own
 * use case; the answer is an ACK — `AA` applied, `AE` refused by Talon's rules (a slot booked in Talon),
 * `AR` a message Talon cannot read — with `ERR` saying why. Every authenticated call is audited (`fhir.call`,
 * interaction `hl7`).
 */
export async function hl7Plugin(app: FastifyInstance, options: Hl7PluginOptions): Promise<void> {
  app.addContentTypeParser(
    ['x-application/hl7-v2+er7', 'text/plain'],
    { parseAs: 'string', bodyLimit: BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );

  /** The client of the call, or the HTTP refusal (401, 429) with an AR saying why. */
  async function clientOf(request: FastifyRequest, reply: FastifyReply, message: Hl7Message | null) {
    const authentication = await options.authenticateClient(request.headers.authorization);
    if (authentication.ok) return authentication.client;
    const [status, diagnostics] =
      authentication.error === 'rate_limited'
        ? [429, 'Слишком много запросов. Повторите позже.']
        : [401, 'Нужен действующий токен доступа (Authorization: Bearer).'];
    if (authentication.error === 'rate_limited') {
      reply.header('retry-after', String(authentication.retryAfterSeconds));
    } else reply.header('www-authenticate', 'Bearer realm="talon"');
    const error: AckError = { hl7Code: '207', diagnostics };
    send(
      reply,
      status,
      message ? ackOf(message, 'AR', error) : rejectUnreadable(options.clock.now(), diagnostics),
    );
    return null;
  }

  /** A refusal of Talon's rules as AE with its code and Russian text; anything else is a server failure. */
  function refusalOf(error: unknown): AckError {
    const refusal = error instanceof FhirError ? error : null;
    if (refusal) {
      return { hl7Code: '207', talonCode: refusal.detail.talonCode, diagnostics: refusal.diagnostics };
    }
    const mapped = isDomainError(error) ? mapDomainError(error) : undefined;
    if (!mapped) throw error;
    return {
      hl7Code: mapped.status === 409 ? '206' : '207',
      talonCode: mapped.code,
      diagnostics: mapped.detail,
    };
  }

  app.post('/v2', { schema: { hide: true } }, async (request, reply) => {
    const text = typeof request.body === 'string' ? request.body : '';
    const message = parseHl7(text);
    const client = await clientOf(request, reply, message);
    if (!client) return reply;
    const audit = (outcome: 'success' | 'failure' | 'denied', slotId: string | null) =>
      options.recordClientCall(client, {
        interaction: 'hl7',
        resourceType: 'Slot',
        resourceId: slotId,
        subjectPatientId: null,
        outcome,
        status: 200,
      });
    const missing = SCOPES.find(([type, permission]) => !scopesAllow(client.scopes, type, permission));
    if (missing) {
      await audit('denied', null);
      const error: AckError = {
        hl7Code: '207',
        diagnostics: `Токену не выдана область system/${missing[0]}.${missing[1]}.`,
      };
      return send(
        reply,
        403,
        message ? ackOf(message, 'AR', error) : rejectUnreadable(options.clock.now(), error.diagnostics),
      );
    }
    if (!message) {
      await audit('failure', null);
      return send(
        reply,
        200,
        rejectUnreadable(
          options.clock.now(),
          'Тело запроса не является сообщением HL7 v2 (нет сегмента MSH).',
        ),
      );
    }
    let code: AckCode = 'AA';
    let error: AckError | undefined;
    let slotId: string | null = null;
    try {
      const siu = readSiu(message);
      const practitionerRoleId = await resolveRole(options.reads, client, siu.resourceId, siu.locationId);
      const done = await options.misSchedules.pushMisSlot(client, {
        target: { identifier: siu.slot },
        identifier: siu.slot,
        practitionerRoleId,
        startsAt: siu.startsAt,
        endsAt: siu.endsAt,
        state: siu.state,
      });
      slotId = done.slotId;
    } catch (thrown) {
      if (thrown instanceof Hl7Rejection) {
        code = 'AR';
        error = { hl7Code: thrown.hl7Code, location: thrown.location, diagnostics: thrown.diagnostics };
      } else {
        code = 'AE';
        error = refusalOf(thrown);
      }
    }
    await audit(code === 'AA' ? 'success' : 'failure', slotId);
    return send(reply, 200, ackOf(message, code, error));
  });
}

/** AIP-3 names a Talon PractitionerRole, or a Practitioner (with AIL-3's Location to tell roles apart). */
async function resolveRole(
  reads: InteropReads,
  client: ClientPrincipal,
  resourceId: string,
  locationId: string | null,
): Promise<string> {
  const asRole = await reads.practitionerRoles({ ids: [resourceId] }, { offset: 0, count: 1 });
  const actors = asRole.items[0]
    ? { practitionerRoleId: resourceId, practitionerId: null }
    : { practitionerRoleId: null, practitionerId: resourceId };
  return roleOfActors(reads, client, { ...actors, locationId, specialtyCode: null, active: true }, null);
}
