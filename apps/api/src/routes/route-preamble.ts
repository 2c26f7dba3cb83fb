import { problemResponses, ZProblem } from '@talon/contracts';
import type { Principal } from '@talon/core/identity';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * What every routes file starts with, written once (docs/adding-a-module.md «The HTTP API»): the caller, the
 * refusals the auth plugin gives before a handler runs, and the no-store header of answers that carry
 * one's own or medical data.
 */

/** The caller of a route whose `config.access` admits only a signed-in account: never null there. */
export const principalOf = (request: { principal: Principal | null }) => request.principal as Principal;

/** Answers with one's own or medical data are kept by no browser cache nor proxy. */
export const noStoreHeaders = { 'cache-control': 'private, no-store' } as const;

/**
 * Sets {@link noStoreHeaders} on every answer of a routes plugin, its refusals included. Fastify encapsulates
 * hooks, so only the routes of the plugin that calls it are concerned.
 */
export function noStore(app: {
  addHook(name: 'onSend', hook: (request: FastifyRequest, reply: FastifyReply) => Promise<void>): unknown;
}) {
  app.addHook('onSend', async (_request, reply) => {
    reply.headers(noStoreHeaders);
  });
}

/**
 * The refusals of a route that `config.access` guards, for the OpenAPI document: no login, and a 403 that
 * says who may call it.
 */
export const callerRefusals = (forbidden: string) => ({
  401: ZProblem.describe('Not logged in'),
  403: ZProblem.describe(forbidden),
});

/** The refusal of a route under `config.rateLimit` (plugins/rate-limit), for the OpenAPI document. */
export const rateLimited = {
  429: ZProblem.describe('Too many such requests in a row (RATE_LIMITED, with Retry-After)'),
} as const;

/** The refusal any route may give while its process sheds load (plugins/overload), for the OpenAPI document. */
export const overloaded = {
  503: ZProblem.describe('The server sheds load (OVERLOADED, with Retry-After)'),
} as const;

/** {@link callerRefusals} and the 400 of a route that takes input. */
export const accessRefusals = (forbidden: string) => ({
  400: problemResponses[400],
  ...callerRefusals(forbidden),
});

/** Routes of `{ roles: ['patient'] }`, the patient's cabinet. */
export const patientRefusals = accessRefusals('Not a patient account, or CSRF token missing');

/** Routes of `{ roles: ['doctor', 'nurse'] }` on a patient's record. */
export const practitionerRefusals = accessRefusals('Not a practitioner, or CSRF token missing');

/** Routes of the practitioner's own work at a clinic (schedule, absences, courses). */
export const clinicPractitionerRefusals = accessRefusals(
  'Not a doctor or nurse working at a clinic, or CSRF token missing',
);

/** Routes of any signed-in account (a patient or any staff member): their own support tickets. */
export const accountRefusals = accessRefusals('Not signed in fully, or CSRF token missing');

/** The support operators' routes (`support`, `system_admin`, `clinic_admin` for their clinics' tickets). */
export const supportDeskRefusals = accessRefusals(
  'Not a support operator or administrator, or CSRF token missing',
);
