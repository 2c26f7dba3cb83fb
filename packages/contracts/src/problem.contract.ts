import { z } from './zod';

/** One invalid field of a request: `field` is a path such as `query.region` or `body.patient.snils`. */
export const ZFieldError = z
  .object({
    field: z.string().describe('Path of the invalid field, e.g. `query.near`'),
    message: z.string().describe('What is wrong, in Russian'),
    code: z.string().optional().describe('Machine-readable reason, e.g. `too_big`'),
  })
  .meta({ id: 'FieldError' });

/** RFC 9457 problem details, the only error shape of the REST API. */
export const ZProblem = z
  .object({
    type: z.string().describe('URI of the problem type'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().describe('Human explanation in Russian: what happened and what to do'),
    code: z.string().describe('Stable UPPER_SNAKE error code'),
    errors: z.array(ZFieldError).optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
  })
  .meta({ id: 'Problem' });

export type TProblem = z.infer<typeof ZProblem>;
export type TFieldError = z.infer<typeof ZFieldError>;

/** Error responses every route may give, for the OpenAPI document. */
export const problemResponses = {
  400: ZProblem.describe('Invalid request'),
  404: ZProblem.describe('Not found'),
} as const;

/** The refusals every administrator's route may give, besides its own, for the OpenAPI document. */
export const adminProblemResponses = {
  400: problemResponses[400],
  401: ZProblem.describe('Not logged in'),
  403: ZProblem.describe('Not an administrator'),
} as const;
