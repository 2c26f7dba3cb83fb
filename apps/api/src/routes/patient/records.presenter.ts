import type {
  TCondition,
  TCoverage,
  TEncounter,
  TImmunization,
  TObservation,
  TObservationTrend,
  TPrescription,
  TRecordDocument,
  TRecordSummary,
} from '@talon/contracts';
import type {
  ConditionView,
  CoverageView,
  DocumentView,
  EncounterView,
  ImmunizationView,
  MedicationRequestView,
  ObservationTrend,
  ObservationView,
  RecordSummary,
} from '@talon/core/records';

const iso = (at: Date) => at.toISOString();
const isoOrNull = (at: Date | null) => at?.toISOString() ?? null;

/** The medical record's read models as the API answers them (instants as ISO 8601). */
export const presentCondition = (c: ConditionView): TCondition => ({ ...c, recordedAt: iso(c.recordedAt) });

export const presentEncounter = (e: EncounterView): TEncounter => ({
  ...e,
  periodStart: iso(e.periodStart),
  periodEnd: isoOrNull(e.periodEnd),
  finishedAt: isoOrNull(e.finishedAt),
  conditions: e.conditions.map(presentCondition),
});

export const presentObservation = (o: ObservationView): TObservation => ({
  ...o,
  effective: iso(o.effective),
});

export const presentTrend = (trend: ObservationTrend): TObservationTrend => ({
  ...trend,
  points: trend.points.map(presentObservation),
});

export const presentDocument = (d: DocumentView): TRecordDocument => ({
  ...d,
  signed: d.isSigned,
  signedAt: isoOrNull(d.signedAt),
  fileUrl: d.hasFile ? `/api/v1/records/documents/${d.id}/file` : null,
  createdAt: iso(d.createdAt),
});

export const presentPrescription = (p: MedicationRequestView): TPrescription => ({
  ...p,
  signedAt: isoOrNull(p.signedAt),
  sentAt: isoOrNull(p.sentAt),
  dispensedAt: isoOrNull(p.dispensedAt),
  cancelledAt: isoOrNull(p.cancelledAt),
  createdAt: iso(p.createdAt),
});

export const presentImmunization = (i: ImmunizationView): TImmunization => i;

export const presentCoverage = (c: CoverageView): TCoverage => c;

export const presentSummary = (s: RecordSummary): TRecordSummary => ({
  patientId: s.patientId,
  coverage: s.coverage,
  activeConditions: s.activeConditions.map(presentCondition),
  latestOutOfRange: s.latestOutOfRange.map(presentObservation),
  nextVisit: s.nextVisit ? { ...s.nextVisit, startsAt: iso(s.nextVisit.startsAt) } : null,
  counts: s.counts,
});
