import type { ConditionView, EncounterView, MedicationRequestView, ObservationView } from '../records';
import { localDate } from '../shared';
import { sectionsOf } from './document-templates';
import type { DocumentSections, PractitionerDocumentKind } from './practitioner-documents.types';

/** The part of the record a draft is prefilled from: the period's (or the visit's) rows. */
export interface RecordExcerpt {
  encounters: readonly EncounterView[];
  conditions: readonly ConditionView[];
  observations: readonly ObservationView[];
  prescriptions: readonly MedicationRequestView[];
  timeZone: string;
}

const ROLE_NAMES: Record<string, string> = {
  primary: 'Основной',
  secondary: 'Сопутствующий',
  complication: 'Осложнение',
};

const ruDate = (at: Date, timeZone: string) => localDate(at, timeZone).split('-').reverse().join('.');

/** One line a diagnosis: «Основной: I10 Эссенциальная гипертензия», each code once. */
export function diagnosisLines(conditions: readonly ConditionView[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const c of [...conditions].sort((a, b) => rank(a) - rank(b))) {
    if (seen.has(c.code)) continue;
    seen.add(c.code);
    lines.push(`${ROLE_NAMES[c.role ?? ''] ?? 'Диагноз'}: ${c.code} ${c.name}`);
  }
  return lines.join('\n');
}
const rank = (c: ConditionView) => (c.role === 'primary' ? 0 : c.role === 'complication' ? 1 : 2);

function visitLines(encounters: readonly EncounterView[], timeZone: string): string {
  return [...encounters]
    .filter((e) => e.status === 'finished')
    .sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime())
    .map((e) => {
      const primary = e.conditions.find((c) => c.role === 'primary') ?? e.conditions[0];
      const who = e.specialty?.name ?? e.practitioner?.name ?? 'приём';
      return `${ruDate(e.periodStart, timeZone)} — ${who}${primary ? `: ${primary.code} ${primary.name}` : ''}`;
    })
    .join('\n');
}

function resultLines(observations: readonly ObservationView[], timeZone: string): string {
  return [...observations]
    .filter((o) => o.status !== 'cancelled')
    .sort((a, b) => a.effective.getTime() - b.effective.getTime() || a.name.localeCompare(b.name))
    .map((o) => {
      const flag = o.interpretation && o.interpretation !== 'N' ? ` (${o.interpretation})` : '';
      return `${ruDate(o.effective, timeZone)} ${o.name}: ${o.value}${o.unitDisplay ? ` ${o.unitDisplay}` : ''}${flag}`;
    })
    .join('\n');
}

function treatmentLines(prescriptions: readonly MedicationRequestView[]): string {
  return prescriptions
    .filter((p) => p.status !== 'draft' && p.status !== 'cancelled')
    .map((p) =>
      [p.medicine.name, p.medicine.form, p.medicine.strength, p.dosageText].filter(Boolean).join(', '),
    )
    .join('\n');
}

/**
 * The first texts of a draft, from the record: the diagnoses with their ICD-10 codes, the visits, the
 * results and the treatment of the period (or the visit's own sections for a protocol). The practitioner
 * edits them before signing; nothing here is a conclusion Talon draws.
 */
export function prefillSections(kind: PractitionerDocumentKind, record: RecordExcerpt): DocumentSections {
  const { timeZone } = record;
  const diagnoses = diagnosisLines(
    record.conditions.length ? record.conditions : record.encounters.flatMap((e) => e.conditions),
  );
  const last = [...record.encounters].sort((a, b) => b.periodStart.getTime() - a.periodStart.getTime())[0];
  switch (kind) {
    case 'discharge-summary':
      return sectionsOf(kind, {
        diagnoses,
        course: treatmentLines(record.prescriptions),
        results: resultLines(record.observations, timeZone),
        recommendations: last?.recommendations ?? '',
      });
    case 'outpatient-extract':
      return sectionsOf(kind, {
        diagnoses,
        visits: visitLines(record.encounters, timeZone),
        results: resultLines(record.observations, timeZone),
        treatment: treatmentLines(record.prescriptions),
        recommendations: last?.recommendations ?? '',
      });
    case 'visit-protocol':
      return sectionsOf(kind, {
        complaints: last?.complaints,
        anamnesis: last?.anamnesis,
        examination: last?.examination,
        diagnoses,
        conclusion: last?.conclusion,
        recommendations: last?.recommendations,
      });
    case 'medical-certificate':
      return sectionsOf(kind, { purpose: 'по месту требования', diagnoses });
  }
}
