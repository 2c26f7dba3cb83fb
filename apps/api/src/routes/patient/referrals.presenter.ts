import type { TReferral } from '@talon/contracts';
import type { ReferralReading } from '@talon/core/referrals';

/** A referral as the API answers it (the clinic's zone stays inside; the diagnosis in the medical view only). */
export const presentReferral = (view: ReferralReading): TReferral => ({
  id: view.id,
  patientId: view.patientId,
  specialty: view.specialty,
  ...('diagnosisCode' in view ? { diagnosisCode: view.diagnosisCode } : {}),
  validUntil: view.validUntil,
  issuedBy: view.issuedBy,
  organization: view.organization,
  usedByAppointmentId: view.usedByAppointmentId,
  cancelledAt: view.cancelledAt?.toISOString() ?? null,
  createdAt: view.createdAt.toISOString(),
  isUsable: view.isUsable,
});
