import type { MedicationRequestStatus } from '@talon/vocabulary/records';

/**
 * The e-prescription's moves (docs/domain.md §2 MedicationRequest): draft → signed → sent → dispensed;
 * draft, signed or sent → cancelled (with a reason); signed or sent → expired (the job, after `valid_until`).
 * Nothing leaves dispensed, cancelled or expired. The repository's UPDATE carries `where status = any(from)`
 * with `from` taken from here, so a race cannot make a move this table forbids.
 */
const MOVES: Readonly<Record<MedicationRequestStatus, readonly MedicationRequestStatus[]>> = {
  draft: ['signed', 'cancelled'],
  signed: ['sent', 'cancelled', 'expired'],
  sent: ['dispensed', 'cancelled', 'expired'],
  dispensed: [],
  cancelled: [],
  expired: [],
};

export const canMovePrescription = (from: MedicationRequestStatus, to: MedicationRequestStatus): boolean =>
  MOVES[from].includes(to);

/** The statuses a prescription may be in to move to `to` (empty for `draft`: nothing moves back to it). */
export const prescriptionStatusesBefore = (to: MedicationRequestStatus): MedicationRequestStatus[] =>
  (Object.keys(MOVES) as MedicationRequestStatus[]).filter((from) => MOVES[from].includes(to));

/** True when nothing can happen to the prescription any more. */
export const isPrescriptionClosed = (status: MedicationRequestStatus): boolean => MOVES[status].length === 0;
