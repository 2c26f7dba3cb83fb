/**
 * How much of a record a reader sees (docs/domain.md rule 24): `medical` — everything; `booking` — the
 * visit without its reason, cancellation reason, referral diagnosis or anything else medical.
 */
export type RecordView = 'medical' | 'booking';
