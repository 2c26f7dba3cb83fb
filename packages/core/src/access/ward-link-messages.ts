import { issueCode, maskPhone } from '../identity';
import type { AccessRepos } from './access.ports';
import type { RepresentativeDeps } from './representatives';

/** The code of a parent's link: its subject names the link, so it confirms that link and nothing else. */
export const wardLinkCodeSubject = (linkId: string) => `ward-link:${linkId}`;

/**
 * Tells the ward's own account and the ward's other active representatives of a new link (issue 15), in
 * the link's transaction: in the app and by SMS, without names, so an unwanted link is noticed at once.
 */
export async function tellOfNewLink(repos: AccessRepos, wardPatientId: string, linkId: string) {
  const recipients = await repos.representatives.linkNoticeRecipients(wardPatientId, linkId);
  for (const recipient of recipients) {
    const message = {
      event: 'access.ward_link_added',
      accountId: recipient.accountId,
      template: 'ward_link_added' as const,
      payload: { audience: recipient.audience },
    };
    await repos.outbox.enqueue({
      ...message,
      channel: 'in_app',
      recipient: recipient.accountId,
      dedupeKey: `ward-link:${linkId}:${recipient.accountId}:in_app`,
    });
    if (recipient.phone) {
      await repos.outbox.enqueue({
        ...message,
        channel: 'sms',
        recipient: recipient.phone,
        dedupeKey: `ward-link:${linkId}:${recipient.accountId}:sms`,
      });
    }
  }
}

/**
 * Sends the code that confirms a parent's link to a phone already on the child's file (the one-time code
 * rules of identity: 10 minutes, 3 attempts, resend limits). Null when the file has no phone: the registry
 * checks the birth certificate then.
 */
export async function sendWardLinkCode(
  deps: RepresentativeDeps,
  repos: AccessRepos,
  wardPatientId: string,
  linkId: string,
): Promise<string | null> {
  const contact = await repos.representatives.codePhoneOf(wardPatientId);
  if (!contact) return null;
  // The purpose of a representative's consent codes; the subject keeps it apart from a proxy consent.
  await issueCode(deps.identity, repos, 'ward_consent', wardLinkCodeSubject(linkId), {
    channel: 'sms',
    recipient: contact.phone,
    accountId: contact.accountId,
    template: 'ward_link_code',
    event: 'access.ward_link_code',
  });
  return maskPhone(contact.phone);
}
