import { issueCode } from '../identity';
import { enqueueInAppAndEmail } from '../messaging';
import type { DataChangeDeps, DataChangeRepos } from './data-changes.ports';
import { DATA_CHANGE_STATUS_LABELS, type DataChangeRequest } from './data-changes.types';

/** The cabinet page the messages link to; the change itself is never in a message. */
export const DATA_CHANGES_URL = '/account/data';

/** The subject of the code confirming a request's new phone or e-mail: it confirms that request only. */
export const dataChangeCodeSubject = (requestId: string) => `data-change:${requestId}`;

/**
 * Tells the patient of a status change, in the app and by e-mail (issue 11 item 5), in the transaction of
 * the change (rule 22): the request's number and its new status with a link to the cabinet, never the value.
 */
export async function tellOfStatus(repos: DataChangeRepos, request: DataChangeRequest): Promise<void> {
  if (!request.accountId) return;
  const payload = {
    number: request.number,
    status: DATA_CHANGE_STATUS_LABELS[request.status],
    link: DATA_CHANGES_URL,
  };
  // The login's e-mail, else the one on the card.
  const account = await repos.accounts.findById(request.accountId);
  await enqueueInAppAndEmail(repos.outbox, {
    event: 'data_change.status',
    accountId: request.accountId,
    template: 'data_change_status',
    payload,
    key: `data-change:${request.id}:${request.status}`,
    email: account?.email ?? (await repos.patientData.emailOf(request.patientId)),
  });
}

/**
 * Sends the code for a new phone (SMS) or e-mail to that new address, through the outbox (the one-time code
 * rules of docs/domain.md rule 12: hashed, short expiry, few attempts, resend limits).
 */
export async function sendDataChangeCode(
  deps: Pick<DataChangeDeps, 'identity'>,
  repos: DataChangeRepos,
  request: DataChangeRequest,
): Promise<void> {
  await issueCode(deps.identity, repos, 'contact_change', dataChangeCodeSubject(request.id), {
    channel: request.category === 'phone' ? 'sms' : 'email',
    recipient: request.newValue,
    accountId: request.accountId,
    template: 'contact_change_code',
    event: 'data_change.code',
  });
}
