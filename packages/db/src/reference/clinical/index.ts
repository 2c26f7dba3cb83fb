/**
 * Clinical reference data of the medical record and the doctor's cabinet: public reference facts shipped as
 * JSON beside this module (shapes in `clinical-entries.ts`, checked entry by entry by the tests).
 */

import { parseIcd10 } from '@talon/core/identifiers';
import type {
  DocumentType,
  Icd10Entry,
  LabAnalyte,
  LabPanel,
  LabPanelCode,
  Medicine,
  ReferenceRange,
  Vaccine,
  VisitTemplateEntry,
} from './clinical-entries';
import documentTypesJson from './document-types.json' with { type: 'json' };
import icd10Json from './icd10.json' with { type: 'json' };
import labAnalytesJson from './lab-analytes.json' with { type: 'json' };
import labPanelsJson from './lab-panels.json' with { type: 'json' };
import medicinesJson from './medicines.json' with { type: 'json' };
import vaccinesJson from './vaccines.json' with { type: 'json' };
import visitTemplatesJson from './visit-templates.json' with { type: 'json' };

export * from './clinical-entries';
export { chapterOfCode, ICD10_CHAPTERS } from './icd10-chapters';
export { compareIcd10Codes, Icd10ImportError, parseIcd10Reference } from './icd10-import';
export { isValidLoinc, loincCheckDigit } from './loinc-code';
export { NsiExportError } from './nsi-export';

/** МКБ-10 codes of outpatient practice with the official НСИ names, sorted by code. */
export const ICD10: readonly Icd10Entry[] = icd10Json as readonly Icd10Entry[];
/** Medicines of outpatient prescriptions by МНН, sorted by ATC code. */
export const MEDICINES: readonly Medicine[] = medicinesJson as readonly Medicine[];
/** Laboratory analytes of the outpatient panels with LOINC codes, units and reference ranges. */
export const LAB_ANALYTES: readonly LabAnalyte[] = labAnalytesJson as readonly LabAnalyte[];
export const LAB_PANELS: readonly LabPanel[] = labPanelsJson as readonly LabPanel[];
/** Vaccines of the national immunisation calendar and of the calendar for epidemic indications (№ 1122н). */
export const VACCINES: readonly Vaccine[] = vaccinesJson as readonly Vaccine[];
export const DOCUMENT_TYPES: readonly DocumentType[] = documentTypesJson as readonly DocumentType[];

/** Visit templates per specialty (issue 12, item 3): Russian texts that prefill a visit record's sections. */
export const VISIT_TEMPLATES: readonly VisitTemplateEntry[] =
  visitTemplatesJson as readonly VisitTemplateEntry[];

export const visitTemplatesOf = (specialty: string): readonly VisitTemplateEntry[] =>
  VISIT_TEMPLATES.filter((template) => template.specialty === specialty);

const byKey = <T, K>(items: readonly T[], key: (item: T) => K): ReadonlyMap<K, T> =>
  new Map(items.map((item) => [key(item), item]));

const icd10ByCode = byKey(ICD10, (entry) => entry.code);
const medicineById = byKey(MEDICINES, (medicine) => medicine.id);
const analyteByCode = byKey(LAB_ANALYTES, (analyte) => analyte.code);
const panelByCode = byKey(LAB_PANELS, (panel) => panel.code);
const vaccineByCode = byKey(VACCINES, (vaccine) => vaccine.code);
const documentTypeByCode = byKey(DOCUMENT_TYPES, (type) => type.code);

/**
 * The МКБ-10 entry for a code as a user types it (`j069`, `Е11.9` with a Cyrillic letter, `J06,9`); undefined
 * for a malformed code or one outside this outpatient list.
 */
export function findIcd10(code: string): Icd10Entry | undefined {
  const parsed = parseIcd10(code);
  return parsed.ok ? icd10ByCode.get(parsed.value) : undefined;
}

export const findMedicine = (id: string): Medicine | undefined => medicineById.get(id);

/** The analyte for a LOINC code (`718-7`) or a local `talon:…` code. */
export const findAnalyte = (code: string): LabAnalyte | undefined => analyteByCode.get(code);

export const findLabPanel = (code: LabPanelCode | string): LabPanel | undefined =>
  panelByCode.get(code as LabPanelCode);

export const findVaccine = (code: string): Vaccine | undefined => vaccineByCode.get(code);

export const findDocumentType = (code: string): DocumentType | undefined => documentTypeByCode.get(code);

/**
 * The reference range a laboratory prints for a patient of this sex and age in whole years: a range for the
 * patient's sex wins over one for both sexes. Undefined when the analyte has no range for the age (most
 * analytes carry adult ranges only).
 */
export function referenceRangeFor(
  analyte: LabAnalyte,
  sex: 'female' | 'male',
  ageYears: number,
): ReferenceRange | undefined {
  const fits = analyte.ranges.filter(
    (range) => ageYears >= range.ageFrom && (range.ageTo === null || ageYears < range.ageTo),
  );
  return fits.find((range) => range.sex === sex) ?? fits.find((range) => range.sex === 'any');
}
