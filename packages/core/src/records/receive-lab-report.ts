import { AccessErrorCode } from '../access';
import type { RequestOrigin } from '../identity';
import type { ClientPrincipal } from '../integration-clients';
import { DomainError } from '../shared';
import { type RecordLabReportInput, storeLabReport } from './record-lab-report';
import { RecordsErrorCode } from './records.errors';
import type { RecordsDeps } from './records.ports';
import type { DiagnosticReportView } from './records.types';

/** How a laboratory names the patient: SNILS or ЕНП, digits only (the adapter checks their algorithms). */
export type PatientIdentifier = { kind: 'snils' | 'enp'; value: string };

export interface ReceiveLabReportInput
  extends Pick<
    RecordLabReportInput,
    'code' | 'name' | 'effectiveAt' | 'issuedAt' | 'conclusion' | 'performerName' | 'observations'
  > {
  patient: PatientIdentifier;
  /** The laboratory's identifier of the report: a second post of it stores nothing new. */
  identifier: { system: string; value: string };
  /** The ServiceRequest the report answers: a Talon laboratory order of the same patient. */
  basedOnOrderId?: string | null;
  origin: RequestOrigin;
  /** Where the adapter's elements are, so a refusal names the one at fault (one per observation). */
  fields: {
    patient: string;
    basedOn: string;
    code: string;
    observations: readonly { code: string; unit: string }[];
  };
}

/**
 * Every result must be an analyte of Talon's catalogue (`GET /api/v1/reference/lab-tests`), in the
 * catalogue's UCUM unit unless the laboratory prints its own range: a range in another unit would
 * interpret the value wrongly. The report needs a name: its own, or its panel's or single analyte's.
 */
export function checkReceivedResults(
  reference: RecordsDeps['reference'],
  input: Pick<ReceiveLabReportInput, 'code' | 'name' | 'observations' | 'fields'>,
): string {
  input.observations.forEach((observation, index) => {
    const field = input.fields.observations[index];
    const known = reference.analyte(observation.code);
    if (!known) {
      throw new DomainError(RecordsErrorCode.UNKNOWN_ANALYTE, {
        field: field?.code,
        params: { code: observation.code },
      });
    }
    const range = observation.referenceRange;
    const ownRange = range && (range.low != null || range.high != null);
    if (observation.unit !== undefined && observation.unit !== known.unit && !ownRange) {
      throw new DomainError(RecordsErrorCode.LAB_REPORT_INVALID, {
        field: field?.unit,
        params: { code: observation.code },
      });
    }
  });
  const name = input.name || reference.labPanel(input.code)?.name || reference.analyte(input.code)?.name;
  if (!name) {
    throw new DomainError(RecordsErrorCode.UNKNOWN_LAB_TEST, {
      field: input.fields.code,
      params: { code: input.code },
    });
  }
  return name;
}

/**
 * A laboratory's report posted through the FHIR API (issue 14, item 4): the patient is found by the keyed
 * hash of their SNILS or ЕНП (never by decrypting), an order it is based on must be that patient's and still
 * active, and the report is stored by the same `storeLabReport` as a nurse's results — interpreted, alerted,
 * audited (the client as the actor) and idempotent on the laboratory's identifier. The token's scopes are
 * the authorisation (`system/DiagnosticReport.c` and `system/Observation.c`), checked by the adapter.
 */
export async function receiveLabReport(
  deps: RecordsDeps,
  client: ClientPrincipal,
  input: ReceiveLabReportInput,
): Promise<{ report: DiagnosticReportView; created: boolean }> {
  const name = checkReceivedResults(deps.reference, input);
  const hashes = deps.lookupHashes(input.patient.value);
  const patientId = await deps.store.read((repos) =>
    repos.facts.patientIdByIdentifier(
      input.patient.kind === 'snils' ? { snilsHashes: hashes } : { omsHashes: hashes },
    ),
  );
  if (!patientId) throw new DomainError(AccessErrorCode.PATIENT_NOT_FOUND, { field: input.fields.patient });
  const order = input.basedOnOrderId
    ? await deps.store.read((repos) => repos.labOrders.find(input.basedOnOrderId ?? ''))
    : null;
  if (input.basedOnOrderId && order?.patient.id !== patientId) {
    throw new DomainError(RecordsErrorCode.LAB_ORDER_NOT_FOUND, { field: input.fields.basedOn });
  }
  return storeLabReport(
    deps,
    { kind: 'client', client },
    {
      ...input,
      name,
      patientId,
      encounterId: order?.encounterId ?? null,
      orderedByPractitionerId: order?.requester.id ?? null,
      organizationId: order?.organization.id ?? client.organizationId,
      performerOrganizationId: client.organizationId,
      orderNumber: order?.number ?? null,
      basedOnOrderId: order?.id ?? null,
    },
  );
}
