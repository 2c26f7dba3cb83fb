import type { TSpecialty } from '../directory/directory.api';
import type { TReferral } from './booking.api';

/**
 * Booking online needs a referral for a `referralRequired` specialty and for one closed to self-booking: the
 * server's rule 5 (`checkReferral` in core) for the patient's own channel, asked here so that the screen can
 * offer the referrals, or say there are none, before «Записаться».
 */
export const needsReferral = (specialty: Pick<TSpecialty, 'referralRequired' | 'selfBooking'>): boolean =>
  specialty.referralRequired || !specialty.selfBooking;

/**
 * The referrals of the person being booked. Without `patientId` the server lists the family's (mine and my
 * wards'), and a ward's referral cannot book for me.
 */
export const referralsOf = (items: readonly TReferral[], personId: string | null): TReferral[] =>
  personId ? items.filter((referral) => referral.patientId === personId) : [...items];
