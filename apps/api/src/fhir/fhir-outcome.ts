import type { FhirResource } from './fhir-types';

/** OperationOutcome issue codes Talon answers with (http://hl7.org/fhir/R4/valueset-issue-type.html). */
export type IssueCode =
  | 'login'
  | 'forbidden'
  | 'not-found'
  | 'invalid'
  | 'not-supported'
  | 'throttled'
  | 'exception'
  | 'processing'
  | 'conflict'
  | 'business-rule';

/** What an issue may add: the element at fault (FHIRPath) and Talon's error code. */
export interface IssueDetail {
  expression?: string;
  talonCode?: string;
}

/** The code system of Talon's error codes in `issue.details` (the `code` of its problem answers). */
export const TALON_ERROR_SYSTEM = 'urn:talon:fhir:CodeSystem:error';

/** An OperationOutcome of one error; `diagnostics` in Russian, as every refusal of Talon. */
export function operationOutcome(
  code: IssueCode,
  diagnostics: string,
  detail: IssueDetail = {},
): FhirResource {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code,
        ...(detail.talonCode
          ? { details: { coding: [{ system: TALON_ERROR_SYSTEM, code: detail.talonCode }] } }
          : {}),
        diagnostics,
        ...(detail.expression ? { expression: [detail.expression] } : {}),
      },
    ],
  };
}

/** A refusal of a FHIR call: its status, its issue code and the Russian text; the plugin answers it. */
export class FhirError extends Error {
  constructor(
    readonly status: number,
    readonly code: IssueCode,
    readonly diagnostics: string,
    readonly headers: Record<string, string> = {},
    readonly detail: IssueDetail = {},
  ) {
    super(diagnostics);
    this.name = 'FhirError';
  }
}

export const badRequest = (diagnostics: string) => new FhirError(400, 'invalid', diagnostics);
export const unsupported = (diagnostics: string) => new FhirError(400, 'not-supported', diagnostics);
export const notFound = (type: string, id: string) =>
  new FhirError(404, 'not-found', `Ресурс ${type}/${id} не найден.`);

/** 422: the resource posted breaks a rule at `expression` (a missing or wrong element, an unknown patient). */
export const unprocessable = (diagnostics: string, expression: string, talonCode = 'FHIR_INVALID') =>
  new FhirError(422, 'invalid', diagnostics, {}, { expression, talonCode });

/** A write the client may not make: an unsupported change or a malformed request (422, FHIR's `business-rule`). */
export const businessRule = (diagnostics: string) => new FhirError(422, 'business-rule', diagnostics);
