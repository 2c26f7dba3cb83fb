import { localDate } from '../shared';
import { invitationWindow } from './survey-rules';
import type { SurveysDeps } from './surveys.ports';

/** The dedupe key of a visit's invitation: one e-mail per visit, whatever the address becomes. */
const surveyInvitationKey = (appointmentId: string) => `survey.invitation|${appointmentId}|email`;

/**
 * The worker's hourly run: every fulfilled visit started 3 hours to 3 days ago, without a survey, whose
 * patient (or representative) has an e-mail address and has not turned e-mail off, gets one invitation.
 * The outbox's dedupe key makes it once: a second run, a restart or a second worker writes nothing. The
 * message names the date and the clinic only — never the specialty, the practitioner or anything medical.
 */
export async function sweepSurveyInvitations(
  deps: Pick<SurveysDeps, 'store' | 'clock'>,
  _principal: null,
  input: { at?: Date } = {},
): Promise<{ written: number }> {
  const at = input.at ?? deps.clock.now();
  const { from, to } = invitationWindow(at);
  return deps.store.transaction(async (repos) => {
    let written = 0;
    for (const visit of await repos.surveys.toInvite(from, to)) {
      const { isNew } = await repos.outbox.enqueue({
        event: 'survey.invitation',
        channel: 'email',
        recipient: visit.email,
        accountId: visit.accountId,
        template: 'survey_invitation',
        payload: {
          date: localDate(visit.startsAt, visit.timeZone).split('-').reverse().join('.'),
          clinic: visit.organizationName,
          link: `/appointments/${visit.appointmentId}`,
        },
        dedupeKey: surveyInvitationKey(visit.appointmentId),
      });
      if (isNew) written += 1;
    }
    return { written };
  });
}
