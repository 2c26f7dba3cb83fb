import { LOCAL_LAB_SYSTEM, LOINC_SYSTEM, type ObservationValueKind } from '@talon/vocabulary/records';
import { type AccessBasis, auditAllowed, authorizePatient } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { type ClientPrincipal, clientAuditActor } from '../integration-clients';
import { DomainError, localDate } from '../shared';
import {
  ageOnDate,
  interpretObservation,
  isCritical,
  isOutOfRange,
  type LabRange,
  labGivenRange,
  selectRange,
} from './interpret-observation';
import { enqueueLabAlerts } from './lab-result-messages';
import { RecordsErrorCode } from './records.errors';
import type { LabAnalyteInfo, NewObservation, RecordsDeps, RecordsRepos } from './records.ports';
import type { DiagnosticReportView, PatientFacts } from './records.types';

/** Ages are counted on the test's calendar day in Moscow time: a laboratory's zone is not known. */
const AGE_TIME_ZONE = 'Europe/Moscow';
const MAX_OBSERVATIONS = 100;

export interface LabObservationInput {
  /** LOINC or a local `talon:…` code of the analyte. */
  code: string;
  /** The laboratory's name of the analyte; the reference's when absent. */
  name?: string;
  /** A number (quantity) or the text of a coded or text result. */
  value: number | string;
  valueKind?: ObservationValueKind;
  /** UCUM; the reference's when absent. */
  unit?: string;
  /** The range the laboratory printed; the reference's range for the patient's sex and age when absent. */
  referenceRange?: {
    low?: number | null;
    high?: number | null;
    criticalLow?: number | null;
    criticalHigh?: number | null;
    text?: string | null;
  };
  effectiveAt?: Date;
}

export interface RecordLabReportInput {
  patientId: string;
  encounterId?: string | null;
  orderedByPractitionerId?: string | null;
  organizationId?: string | null;
  performerName?: string | null;
  /** The laboratory's organisation, when it is one Talon knows (an integration client's). */
  performerOrganizationId?: string | null;
  orderNumber?: string | null;
  identifier?: { system: string; value: string } | null;
  /** The panel's code (LOINC or local) and name: «Общий анализ крови». */
  code: string;
  name: string;
  effectiveAt: Date;
  issuedAt?: Date | null;
  conclusion?: string | null;
  observations: readonly LabObservationInput[];
  /**
   * The laboratory order (ServiceRequest) the report answers: completed in the same transaction, so an
   * order is completed exactly when its report is stored — by a nurse's form or a laboratory's post alike.
   */
  basedOnOrderId?: string | null;
  /** Results typed in by the caller (a nurse, a doctor) rather than posted by a laboratory: kept as who entered them. */
  enteredByHand?: boolean;
  origin: RequestOrigin;
}

function observationOf(
  input: LabObservationInput,
  known: LabAnalyteInfo | undefined,
  patient: PatientFacts,
  fallbackAt: Date,
  id: string,
): NewObservation {
  const name = input.name ?? known?.name;
  if (!name) {
    throw new DomainError(RecordsErrorCode.UNKNOWN_ANALYTE, { params: { code: input.code } });
  }
  const valueKind = input.valueKind ?? (typeof input.value === 'number' ? 'quantity' : 'text');
  const numeric =
    typeof input.value === 'number' ? input.value : Number(String(input.value).replace(',', '.'));
  if (valueKind === 'quantity' && !Number.isFinite(numeric)) {
    throw new DomainError(RecordsErrorCode.LAB_REPORT_INVALID, { params: { code: input.code } });
  }
  const effectiveAt = input.effectiveAt ?? fallbackAt;
  const age = ageOnDate(patient.birthDate, localDate(effectiveAt, AGE_TIME_ZONE));
  const referenceRange = known ? selectRange(known.ranges, patient.sex, age) : undefined;
  const given = input.referenceRange;
  // The laboratory's own range decides L/H; its critical limits, or else the reference's, decide LL/HH.
  const ranges: readonly LabRange[] =
    given && (given.low != null || given.high != null)
      ? [
          labGivenRange({
            low: given.low ?? null,
            high: given.high ?? null,
            criticalLow: given.criticalLow ?? referenceRange?.criticalLow ?? null,
            criticalHigh: given.criticalHigh ?? referenceRange?.criticalHigh ?? null,
          }),
        ]
      : (known?.ranges ?? []);
  const used = selectRange(ranges, patient.sex, age);
  return {
    id,
    code: input.code,
    codeSystem: known?.system ?? (input.code.startsWith('talon:') ? LOCAL_LAB_SYSTEM : LOINC_SYSTEM),
    name,
    valueKind,
    value: valueKind === 'quantity' ? String(numeric) : String(input.value),
    unit: input.unit ?? known?.unit ?? null,
    unitDisplay:
      known && (input.unit ?? known.unit) === known.unit ? known.unitDisplay : (input.unit ?? null),
    refLow: used?.low ?? null,
    refHigh: used?.high ?? null,
    refText: given?.text ?? null,
    interpretation: valueKind === 'quantity' ? interpretObservation(numeric, ranges, patient.sex, age) : null,
    effectiveAt,
  };
}

/** Who stores a report: staff on the basis the access policy granted, or a laboratory's integration client. */
export type LabReportWriter =
  | { kind: 'staff'; principal: Principal; basis: AccessBasis }
  | { kind: 'client'; client: ClientPrincipal };

/**
 * Stores a laboratory report with its results (issue 11, items 1 and 3): each result gets Talon's
 * interpretation against the range for the patient's sex and age on the day of the test (rule 25), and a
 * result out of range alerts the patient — a critical one the ordering practitioner too — through the outbox
 * in the same transaction. A second post of the same laboratory identifier stores and sends nothing new.
 * Written by staff with a care relation (or emergency access); a laboratory's FHIR post goes through
 * `receiveLabReport`, which stores it here too.
 */
export async function recordLabReport(
  deps: RecordsDeps,
  principal: Principal,
  input: RecordLabReportInput,
): Promise<DiagnosticReportView> {
  checkObservationCount(input);
  const basis = await authorizePatient(deps.access, principal, input.patientId, 'medical', input.origin);
  if (basis !== 'care' && basis !== 'emergency')
    throw new DomainError(RecordsErrorCode.RECORD_AUTHOR_REQUIRED);
  return (await storeLabReport(deps, { kind: 'staff', principal, basis }, input)).report;
}

function checkObservationCount(input: Pick<RecordLabReportInput, 'observations'>): void {
  if (input.observations.length === 0 || input.observations.length > MAX_OBSERVATIONS) {
    throw new DomainError(RecordsErrorCode.LAB_REPORT_INVALID, { field: 'body.observations' });
  }
}

/** The audit entry of a stored report, naming the staff member or the integration client that wrote it. */
function auditReport(
  repos: Pick<RecordsRepos, 'audit'>,
  writer: LabReportWriter,
  entry: {
    patientId: string;
    origin: RequestOrigin;
    at: Date;
    reportId: string;
    details: Record<string, unknown>;
  },
) {
  const common = {
    action: 'record.lab_report' as const,
    recordType: 'diagnostic_report',
    recordId: entry.reportId,
  };
  if (writer.kind === 'staff') {
    return auditAllowed(repos, writer.principal, { ...common, ...entry, basis: writer.basis });
  }
  const actor = clientAuditActor(writer.client);
  return repos.audit.record({
    ...common,
    actorAccountId: actor.actorAccountId,
    actorRole: actor.actorRole,
    subjectPatientId: entry.patientId,
    outcome: 'success',
    ip: entry.origin.ip,
    userAgent: entry.origin.userAgent,
    details: { ...actor.details, ...entry.details },
    occurredAt: entry.at,
  });
}

/**
 * The storing itself, once the writer may write: interpretation, the report and its results, the order
 * completed, the audit and the alerts in one transaction (idempotent on the laboratory's identifier).
 */
export async function storeLabReport(
  deps: RecordsDeps,
  writer: LabReportWriter,
  input: RecordLabReportInput,
): Promise<{ report: DiagnosticReportView; created: boolean }> {
  checkObservationCount(input);
  const now = deps.clock.now();
  const reportId = deps.newId();
  const stored = await deps.store.transaction(async (repos) => {
    const patient = await repos.facts.patientFacts(input.patientId);
    if (!patient) throw new DomainError(RecordsErrorCode.RECORD_PATIENT_REQUIRED);
    const observations = input.observations.map((observation) =>
      observationOf(
        observation,
        deps.reference.analyte(observation.code),
        patient,
        input.effectiveAt,
        deps.newId(),
      ),
    );
    const { id, isNew } = await repos.labResults.insertReport({
      id: reportId,
      patientId: input.patientId,
      encounterId: input.encounterId ?? null,
      organizationId: input.organizationId ?? null,
      performerName: input.performerName ?? null,
      performerOrganizationId: input.performerOrganizationId ?? null,
      orderedByPractitionerId: input.orderedByPractitionerId ?? null,
      orderNumber: input.orderNumber ?? null,
      identifier: input.identifier ?? null,
      code: input.code,
      name: input.name,
      status: 'final',
      effectiveAt: input.effectiveAt,
      issuedAt: input.issuedAt ?? now,
      conclusion: input.conclusion ?? null,
      documentId: null,
      basedOnOrderId: input.basedOnOrderId ?? null,
      enteredByAccountId: input.enteredByHand && writer.kind === 'staff' ? writer.principal.accountId : null,
      observations,
      at: now,
    });
    if (!isNew) return { id, isNew };
    if (input.basedOnOrderId && !(await repos.labOrders.complete(input.basedOnOrderId, now))) {
      throw new DomainError(RecordsErrorCode.LAB_ORDER_NOT_ACTIVE);
    }
    const outOfRange = observations.filter((o) => isOutOfRange(o.interpretation));
    await auditReport(repos, writer, {
      patientId: input.patientId,
      origin: input.origin,
      at: now,
      reportId: id,
      details: { observations: observations.length, outOfRange: outOfRange.length },
    });
    if (outOfRange.length > 0) {
      const report = await repos.labResults.findReport(id);
      await enqueueLabAlerts(
        repos,
        {
          reportId: id,
          patientId: input.patientId,
          effectiveAt: input.effectiveAt,
          orderedBy: report?.orderedBy ?? null,
          timeZone: await repos.facts.organizationTimeZone(input.organizationId ?? null),
          hasCritical: outOfRange.some((o) => isCritical(o.interpretation)),
        },
        now,
      );
    }
    return { id, isNew };
  });
  const report = await deps.store.read((repos) => repos.labResults.findReport(stored.id));
  if (!report) throw new Error('diagnostic report vanished after insert');
  return { report, created: stored.isNew };
}
