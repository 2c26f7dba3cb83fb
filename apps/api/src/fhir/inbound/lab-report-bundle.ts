import type { LabObservationInput, ReceiveLabReportInput } from '@talon/core/records';
import { LOCAL_LAB_SYSTEM, LOINC_SYSTEM } from '@talon/vocabulary/records';
import { unprocessable } from '../fhir-outcome';
import {
  arrayAt,
  dateTimeAt,
  isObject,
  type Json,
  objectAt,
  optionalString,
  patientIdentifierAt,
  referencedId,
  stringAt,
} from './fhir-elements';

const UCUM = 'http://unitsofmeasure.org';
const REPORT_STATUSES = new Set(['final', 'amended', 'corrected']);
const CODE_SYSTEMS = new Set<string>([LOINC_SYSTEM, LOCAL_LAB_SYSTEM]);

/** A laboratory's transaction, read: the report's input and each entry's place for the response. */
export interface LabBundle {
  report: Omit<ReceiveLabReportInput, 'origin'>;
  /** Bundle entry index of the DiagnosticReport, and of each Observation with its code. */
  reportEntry: number;
  observationEntries: { index: number; code: string }[];
}

/** The LOINC or Talon code of a CodeableConcept, and its display. */
function codeOf(concept: Json, path: string): { code: string; display?: string } {
  const codings = arrayAt(concept, 'coding', path);
  const index = codings.findIndex((c) => isObject(c) && CODE_SYSTEMS.has(String(c.system)));
  const coding = codings[index];
  if (!isObject(coding)) {
    throw unprocessable(`Код ${path} нужен в системе LOINC (${LOINC_SYSTEM}) или Талона.`, `${path}.coding`);
  }
  const code = stringAt(coding, 'code', `${path}.coding[${index}]`);
  return { code, display: optionalString(coding, 'display') ?? optionalString(concept, 'text') };
}

function rangeOf(observation: Json, path: string): LabObservationInput['referenceRange'] {
  const ranges = observation.referenceRange;
  if (!Array.isArray(ranges) || !isObject(ranges[0])) return undefined;
  const range = ranges[0];
  const bound = (name: 'low' | 'high') => {
    const quantity = range[name];
    if (quantity === undefined) return null;
    if (!isObject(quantity) || typeof quantity.value !== 'number') {
      throw unprocessable(
        `Элемент ${path}.referenceRange[0].${name} без числа.`,
        `${path}.referenceRange[0].${name}`,
      );
    }
    return quantity.value;
  };
  return { low: bound('low'), high: bound('high'), text: optionalString(range, 'text') ?? null };
}

/** One Observation: its analyte, its value (a UCUM quantity or a text) and the laboratory's range. */
function observationOf(observation: Json, path: string): LabObservationInput & { unitPath: string } {
  const { code, display } = codeOf(objectAt(observation, 'code', path), `${path}.code`);
  const effective =
    observation.effectiveDateTime === undefined
      ? undefined
      : dateTimeAt(observation, 'effectiveDateTime', path);
  const common = {
    code,
    ...(display ? { name: display } : {}),
    ...(effective ? { effectiveAt: effective } : {}),
    referenceRange: rangeOf(observation, path),
  };
  if (isObject(observation.valueQuantity)) {
    const quantity = observation.valueQuantity;
    const at = `${path}.valueQuantity`;
    if (typeof quantity.value !== 'number') throw unprocessable(`Нет числа в ${at}.value.`, `${at}.value`);
    if (quantity.system !== undefined && quantity.system !== UCUM) {
      throw unprocessable(`Единицы измерения — только UCUM (${UCUM}).`, `${at}.system`);
    }
    const unit = optionalString(quantity, 'code');
    return {
      ...common,
      value: quantity.value,
      valueKind: 'quantity',
      ...(unit ? { unit } : {}),
      unitPath: `${at}.code`,
    };
  }
  const text = optionalString(observation, 'valueString');
  if (text === undefined) {
    throw unprocessable(`Нужно значение: ${path}.valueQuantity или ${path}.valueString.`, `${path}.value[x]`);
  }
  return { ...common, value: text, valueKind: 'text', unitPath: `${path}.valueString` };
}

function requestOf(entry: Json, path: string, type: string): void {
  const request = objectAt(entry, 'request', path);
  if (request.method !== 'POST' || request.url !== type) {
    throw unprocessable(`В транзакции ожидается POST ${type}.`, `${path}.request`);
  }
}

/**
 * Reads a laboratory's `transaction` Bundle: one DiagnosticReport and its Observations, each a POST. The
 * patient is the report's `subject.identifier` (SNILS or ЕНП); `basedOn` may name Talon's laboratory order
 * (`ServiceRequest/<id>`); the report's `identifier` makes a repeated post harmless.
 */
export function readLabBundle(bundle: unknown): LabBundle {
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle')
    throw unprocessable('Ожидается ресурс Bundle.', 'Bundle');
  if (bundle.type !== 'transaction') throw unprocessable('Ожидается Bundle типа transaction.', 'Bundle.type');
  const entries = arrayAt(bundle, 'entry', 'Bundle');
  let reportEntry = -1;
  const observations: {
    index: number;
    fullUrl: string | undefined;
    input: ReturnType<typeof observationOf>;
  }[] = [];
  entries.forEach((entry, index) => {
    const path = `Bundle.entry[${index}]`;
    if (!isObject(entry)) throw unprocessable(`Элемент ${path} пуст.`, path);
    const resource = objectAt(entry, 'resource', path);
    const type = resource.resourceType;
    if (type === 'DiagnosticReport' && reportEntry < 0) reportEntry = index;
    else if (type === 'Observation') {
      observations.push({
        index,
        fullUrl: optionalString(entry, 'fullUrl'),
        input: observationOf(resource, `${path}.resource`),
      });
    } else
      throw unprocessable(
        'В транзакции ожидаются один DiagnosticReport и его Observation.',
        `${path}.resource`,
      );
    requestOf(entry, path, String(type));
  });
  if (reportEntry < 0) throw unprocessable('В транзакции нет DiagnosticReport.', 'Bundle.entry');
  if (observations.length === 0) throw unprocessable('В транзакции нет Observation.', 'Bundle.entry');
  const path = `Bundle.entry[${reportEntry}].resource`;
  const report = (entries[reportEntry] as Json).resource as Json;
  const status = stringAt(report, 'status', path);
  if (!REPORT_STATUSES.has(status)) {
    throw unprocessable(
      'Принимаются только окончательные отчёты (final, amended, corrected).',
      `${path}.status`,
    );
  }
  const identifier = objectAt(
    { identifier: (report.identifier as unknown[] | undefined)?.[0] },
    'identifier',
    path,
  );
  const subject = objectAt(report, 'subject', path);
  const patient = patientIdentifierAt(
    objectAt(subject, 'identifier', `${path}.subject`),
    `${path}.subject.identifier`,
  );
  const { code, display } = codeOf(objectAt(report, 'code', path), `${path}.code`);
  const results = Array.isArray(report.result) ? report.result : [];
  results.forEach((result, i) => {
    const reference = isObject(result) ? result.reference : undefined;
    if (!observations.some((o) => o.fullUrl !== undefined && o.fullUrl === reference)) {
      throw unprocessable('Ссылка result не ведёт на Observation этой транзакции.', `${path}.result[${i}]`);
    }
  });
  const basedOn = Array.isArray(report.basedOn) ? report.basedOn[0] : undefined;
  const codes = new Set<string>();
  for (const observation of observations) {
    if (codes.has(observation.input.code)) {
      throw unprocessable(
        'Показатель повторяется в отчёте.',
        `Bundle.entry[${observation.index}].resource.code`,
      );
    }
    codes.add(observation.input.code);
  }
  const performer =
    Array.isArray(report.performer) && isObject(report.performer[0]) ? report.performer[0] : {};
  return {
    reportEntry,
    observationEntries: observations.map((o) => ({ index: o.index, code: o.input.code })),
    report: {
      patient,
      identifier: {
        system: stringAt(identifier, 'system', `${path}.identifier[0]`),
        value: stringAt(identifier, 'value', `${path}.identifier[0]`),
      },
      basedOnOrderId: isObject(basedOn)
        ? referencedId(basedOn, 'ServiceRequest', `${path}.basedOn[0]`)
        : null,
      code,
      name: optionalString(objectAt(report, 'code', path), 'text') ?? display ?? '',
      effectiveAt: dateTimeAt(report, 'effectiveDateTime', path),
      issuedAt: report.issued === undefined ? null : dateTimeAt(report, 'issued', path),
      conclusion: optionalString(report, 'conclusion') ?? null,
      performerName: optionalString(performer, 'display') ?? null,
      observations: observations.map(({ input: { unitPath: _unitPath, ...input } }) => input),
      fields: {
        patient: `${path}.subject.identifier`,
        basedOn: `${path}.basedOn[0]`,
        code: `${path}.code`,
        observations: observations.map((o) => ({
          code: `Bundle.entry[${o.index}].resource.code`,
          unit: o.input.unitPath,
        })),
      },
    },
  };
}
