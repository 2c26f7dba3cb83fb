import { enqueueInAppAndEmail } from '../messaging';
import type { AttachmentRepos } from './attachment.ports';
import { ATTACHMENT_STATUS_LABELS, type AttachmentRequestStatus } from './attachment.types';

/** The patient's attachment page the messages link to. */
export const ATTACHMENT_URL = '/attachment';

/**
 * Tells the patient, in the app and by e-mail, in the transaction of the change (rule 22): the clinic and
 * the status (with the request's number), never the reason or a comment, and nothing medical.
 */
export async function tellPatient(
  repos: AttachmentRepos,
  input: {
    patientId: string;
    key: string;
    clinic: string;
    status: AttachmentRequestStatus;
    number?: string;
  },
): Promise<void> {
  const contact = await repos.patientAttachments.contactOf(input.patientId);
  if (!contact?.accountId) return;
  const payload = {
    clinic: input.clinic,
    status: ATTACHMENT_STATUS_LABELS[input.status],
    link: ATTACHMENT_URL,
    ...(input.number ? { number: input.number } : {}),
  };
  const account = await repos.accounts.findById(contact.accountId);
  await enqueueInAppAndEmail(repos.outbox, {
    event: 'attachment.status',
    accountId: contact.accountId,
    template: 'attachment_status',
    payload,
    key: input.key,
    email: account?.email ?? contact.email,
  });
}
