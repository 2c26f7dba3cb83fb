import { LOCAL_LAB_SYSTEM, LOINC_SYSTEM, type ObservationValueKind } from '@talon/vocabulary/records';
import { auditAllowed, authorizePatient } from '../access';
import type { Principal, RequestOrigin } from '../identity';
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
import type { LabAnalyteInfo, NewObservation, RecordsDeps } from './records.ports';
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

/**
 * Stores a laboratory report with its results (issue 11, items 1 and 3): each result gets Talon's
 * interpretation against the range for the patient's sex and age on the day of the test (rule 25), and a
 * result out of range alerts the patient — a critical one the ordering practitioner too — through the outbox
 * in the same transaction. A second post of the same laboratory identifier stores and sends nothing new.
 * Written by staff with a care relation (or emergency access) today; by integration clients later.
 */
export async function recordLabReport(
  deps: RecordsDeps,
  principal: Principal,
  input: RecordLabReportInput,
): Promise<DiagnosticReportView> {
  if (input.observations.length === 0 || input.observations.length > MAX_OBSERVATIONS) {
    throw new DomainError(RecordsErrorCode.LAB_REPORT_INVALID, { field: 'body.observations' });
  }
  const basis = await authorizePatient(deps.access, principal, input.patientId, 'medical', input.origin);
  if (basis !== 'care' && basis !== 'emergency')
    throw new DomainError(RecordsErrorCode.RECORD_AUTHOR_REQUIRED);
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
      performerOrganizationId: null,
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
      enteredByAccountId: input.enteredByHand ? principal.accountId : null,
      observations,
      at: now,
    });
    if (!isNew) return id;
    if (input.basedOnOrderId && !(await repos.labOrders.complete(input.basedOnOrderId, now))) {
      throw new DomainError(RecordsErrorCode.LAB_ORDER_NOT_ACTIVE);
    }
    const outOfRange = observations.filter((o) => isOutOfRange(o.interpretation));
    await auditAllowed(repos, principal, {
      action: 'record.lab_report',
      patientId: input.patientId,
      basis,
      origin: input.origin,
      at: now,
      recordType: 'diagnostic_report',
      recordId: id,
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
    return id;
  });
  const report = await deps.store.read((repos) => repos.labResults.findReport(stored));
  if (!report) throw new Error('diagnostic report vanished after insert');
  return report;
}
