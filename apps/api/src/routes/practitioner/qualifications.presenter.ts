import type {
  ExpiringQualificationView,
  QualificationChangeView,
  QualificationView,
  QualificationWithDays,
} from '@talon/core/qualifications';

/** A document as the API shows it; `daysLeft` only where the list computed it. */
export const presentQualification = (q: QualificationView | QualificationWithDays) => ({
  id: q.id,
  type: q.type,
  number: q.number,
  issuedOn: q.issuedOn,
  validUntil: q.validUntil,
  specialty: { code: q.specialtyCode, name: q.specialtyName },
  status: q.status,
  scanUploadId: q.scanUploadId,
  daysLeft: 'daysLeft' in q ? q.daysLeft : null,
  updatedAt: q.updatedAt.toISOString(),
});

export const presentQualificationChange = (c: QualificationChangeView) => ({
  id: c.id,
  qualificationId: c.qualificationId,
  changedBy: c.changedByName,
  changedAt: c.changedAt.toISOString(),
  before: c.before,
  after: c.after,
});

export const presentExpiringQualification = ({
  specialtyCode,
  specialtyName,
  ...q
}: ExpiringQualificationView) => ({
  ...q,
  specialty: { code: specialtyCode, name: specialtyName },
});
