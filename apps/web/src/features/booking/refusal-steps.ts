/**
 * What a booking refusal means for the patient and where they go next (issue 6, item 3: every refusal
 * explains what to do, with a link to do it). The server's Russian `detail` says why; this says what now.
 * Codes are those of `POST /appointments` and `POST /slots/{id}/hold` (docs/booking.md, «Refusals»).
 */

/** The directory filtered to therapists: the GP who gives referrals to specialists. */
export const THERAPIST_HREF = '/doctors?specialty=therapist';

/** A link to the page where the patient can act; `label` is an i18n key. */
export interface RefusalLink {
  href: string;
  label:
    | 'booking.refusal.toTherapist'
    | 'booking.refusal.toAttachment'
    | 'booking.refusal.toClinics'
    | 'booking.refusal.toMyAppointments'
    | 'booking.refusal.toClinic'
    | 'booking.refusal.toFamily';
}

export interface RefusalSteps {
  /** i18n key of what to do next. */
  advice:
    | 'booking.refusal.referralRequired'
    | 'booking.refusal.notAttached'
    | 'booking.refusal.specialtyLimit'
    | 'booking.refusal.noShowSuspended'
    | 'booking.refusal.consentRequired'
    | 'booking.refusal.priorityQuota'
    | 'booking.refusal.channelNotAllowed'
    | 'booking.refusal.beyondHorizon'
    | 'booking.refusal.slotInPast';
  /** Pages to go to, the most useful first. */
  links: RefusalLink[];
  /** The way on is another time of the same choice (this time is not open to the patient online). */
  isChooseAnotherTime: boolean;
}

/**
 * The next step after a refusal with `code` of a slot at `organizationId`; null for codes without one of
 * their own (`SLOT_TAKEN` offers the nearest free times instead; others show the server's words alone).
 */
export function refusalSteps(code: string | null, organizationId: string): RefusalSteps | null {
  const go = (advice: RefusalSteps['advice'], ...links: RefusalLink[]): RefusalSteps => ({
    advice,
    links,
    isChooseAnotherTime: false,
  });
  const chooseAnotherTime = (advice: RefusalSteps['advice']): RefusalSteps => ({
    advice,
    links: [],
    isChooseAnotherTime: true,
  });
  switch (code) {
    case 'REFERRAL_REQUIRED':
      return go('booking.refusal.referralRequired', {
        href: THERAPIST_HREF,
        label: 'booking.refusal.toTherapist',
      });
    case 'NOT_ATTACHED':
      return go(
        'booking.refusal.notAttached',
        // Straight to the application to attach to this clinic (issue 13 item 2).
        {
          href: `/attachment?organization=${encodeURIComponent(organizationId)}`,
          label: 'booking.refusal.toAttachment',
        },
        { href: '/clinics', label: 'booking.refusal.toClinics' },
      );
    case 'SPECIALTY_LIMIT':
      return go('booking.refusal.specialtyLimit', {
        href: '/appointments',
        label: 'booking.refusal.toMyAppointments',
      });
    case 'NO_SHOW_SUSPENDED':
      // Online booking is closed for a while; the registry still books, so its phone is the way on.
      return go('booking.refusal.noShowSuspended', {
        href: `/clinics/${encodeURIComponent(organizationId)}`,
        label: 'booking.refusal.toClinic',
      });
    case 'CONSENT_REQUIRED':
      return go('booking.refusal.consentRequired', {
        href: '/account/family',
        label: 'booking.refusal.toFamily',
      });
    case 'PRIORITY_QUOTA':
      return chooseAnotherTime('booking.refusal.priorityQuota');
    case 'CHANNEL_NOT_ALLOWED':
      return chooseAnotherTime('booking.refusal.channelNotAllowed');
    case 'BEYOND_HORIZON':
      return chooseAnotherTime('booking.refusal.beyondHorizon');
    case 'SLOT_IN_PAST':
      return chooseAnotherTime('booking.refusal.slotInPast');
    default:
      return null;
  }
}
