import type { TReferral } from '@talon/contracts';
import type { ReferralView } from '@talon/core/referrals';

/** A referral as the API answers it (the clinic's zone stays inside). */
export const presentReferral = (view: ReferralView): TReferral => ({
  id: view.id,
  patientId: view.patientId,
  specialty: view.specialty,
  diagnosisCode: view.diagnosisCode,
  validUntil: view.validUntil,
  issuedBy: view.issuedBy,
  organization: view.organization,
  usedByAppointmentId: view.usedByAppointmentId,
  cancelledAt: view.cancelledAt?.toISOString() ?? null,
  createdAt: view.createdAt.toISOString(),
  isUsable: view.isUsable,
});
