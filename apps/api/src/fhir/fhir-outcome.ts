import type { FhirResource } from './fhir-types';

/** OperationOutcome issue codes Talon answers with (http://hl7.org/fhir/R4/valueset-issue-type.html). */
export type IssueCode =
  | 'login'
  | 'forbidden'
  | 'not-found'
  | 'invalid'
  | 'not-supported'
  | 'throttled'
  | 'conflict'
  | 'business-rule'
  | 'exception';

/** The code system of Talon's stable error codes (`SLOT_TAKEN`), carried in `issue.details.coding`. */
export const TALON_ERROR_SYSTEM = 'urn:talon:fhir:CodeSystem:error';

/** An OperationOutcome of one error; `diagnostics` in Russian, as every refusal of Talon. */
export function operationOutcome(code: IssueCode, diagnostics: string, talonCode?: string): FhirResource {
  const details = talonCode ? { details: { coding: [{ system: TALON_ERROR_SYSTEM, code: talonCode }] } } : {};
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code, ...details, diagnostics }],
  };
}

/** A refusal of a FHIR call: its status, its issue code and the Russian text; the plugin answers it. */
export class FhirError extends Error {
  constructor(
    readonly status: number,
    readonly code: IssueCode,
    readonly diagnostics: string,
    readonly headers: Record<string, string> = {},
    /** Talon's own error code (the REST API's `code`), when the refusal is one of the domain's. */
    readonly talonCode?: string,
  ) {
    super(diagnostics);
    this.name = 'FhirError';
  }
}

export const badRequest = (diagnostics: string) => new FhirError(400, 'invalid', diagnostics);
export const unsupported = (diagnostics: string) => new FhirError(400, 'not-supported', diagnostics);
export const notFound = (type: string, id: string) =>
  new FhirError(404, 'not-found', `Ресурс ${type}/${id} не найден.`);

/** A refusal the client may not make: an unsupported or malformed write (422, FHIR's `business-rule`). */
export const unprocessable = (diagnostics: string) => new FhirError(422, 'business-rule', diagnostics);
