import type { TLabOrder, TLabReport, TResultToReview } from '@talon/contracts';
import type { DiagnosticReportView, LabOrderView, ResultToReview } from '@talon/core/records';
import { presentObservation } from '../patient/records.presenter';

const isoOrNull = (at: Date | null) => at?.toISOString() ?? null;

export const presentLabOrder = (order: LabOrderView): TLabOrder => ({
  ...order,
  createdAt: order.createdAt.toISOString(),
  completedAt: isoOrNull(order.completedAt),
  revokedAt: isoOrNull(order.revokedAt),
});

export const presentLabReport = (report: DiagnosticReportView): TLabReport => ({
  id: report.id,
  patientId: report.patientId,
  basedOnOrderId: report.basedOnOrderId,
  code: report.code,
  name: report.name,
  orderNumber: report.orderNumber,
  orderedBy: report.orderedBy,
  enteredBy: report.enteredBy,
  effective: report.effective.toISOString(),
  issued: isoOrNull(report.issued),
  reviewedAt: isoOrNull(report.reviewedAt),
  observations: report.observations.map(presentObservation),
});

export const presentResultToReview = (result: ResultToReview): TResultToReview => ({
  ...result,
  effective: result.effective.toISOString(),
  issued: isoOrNull(result.issued),
});
