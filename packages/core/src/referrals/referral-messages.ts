import { enqueueAppointmentMessages } from '../notifications';
import type { ReferralsRepos } from './referrals.types';

/** `2026-12-30` → `30.12.2026`, as Russian texts write dates. */
export const russianDate = (isoDate: string) => isoDate.split('-').reverse().join('.');

/**
 * The template payload of a new referral: the specialty, the last valid day and the link to the doctors of
 * that specialty. Deliberately nothing else: no diagnosis (an SMS shows on a locked screen, an email may be
 * read by others) and no patient name.
 */
export function referralPayload(referral: {
  specialty: { code: string; name: string };
  validUntil: string;
  organizationName: string;
}): Record<string, string> {
  return {
    specialty: referral.specialty.name,
    validUntil: russianDate(referral.validUntil),
    clinic: referral.organizationName,
    link: `/doctors?specialty=${encodeURIComponent(referral.specialty.code)}`,
  };
}

/**
 * Writes the "referral issued" SMS, email, in-app notice and push to the outbox in the issuing transaction
 * (docs/domain.md rule 22), to the patient's account (or their representative's), on the channels the person left
 * on, once per referral and channel. Not the patient's own action, so SMS and push wait out quiet hours.
 */
export async function enqueueReferralMessages(
  repos: Pick<ReferralsRepos, 'outbox' | 'recipients'>,
  referral: {
    id: string;
    patientId: string;
    specialty: { code: string; name: string };
    validUntil: string;
    organizationName: string;
    timeZone: string;
  },
  now: Date,
): Promise<void> {
  await enqueueAppointmentMessages(
    repos,
    {
      event: 'referral.issued',
      template: 'referral_issued',
      // The dedupe key names the occurrence: here the referral.
      appointmentId: referral.id,
      patientId: referral.patientId,
      bookedByAccountId: null,
      timeZone: referral.timeZone,
      payload: referralPayload(referral),
      isRecipientAction: false,
    },
    now,
  );
}
