import { auditAllowed, authorizePatient } from '../access';
import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { buildDedupeKey } from '../messaging';
import { DomainError } from '../shared';
import { maskEmail } from '../tickets';
import { DocumentRequestsErrorCode } from './document-requests.errors';
import type { DocumentRequestsDeps } from './document-requests.ports';

const EVENT = 'document_request.emailed';

/**
 * «Отправить на почту»: an e-mail to the account's address saying the document is ready, with a link to
 * the cabinet (a sign-in is needed to download it). Never the document nor its content: a mailbox may be
 * shared. A double submit within a minute sends one message.
 */
export async function emailDocumentRequest(
  deps: DocumentRequestsDeps,
  principal: Principal,
  input: { requestId: string; origin: RequestOrigin },
): Promise<{ sentTo: string }> {
  const request = await deps.store.read((repos) => repos.requests.find(input.requestId));
  if (!request) throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_NOT_FOUND);
  const basis = await authorizePatient(deps.access, principal, request.patientId, 'medical', input.origin);
  if (request.status !== 'ready') throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_NOT_READY);
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const address = (await repos.requests.accountEmail(principal.accountId))?.trim().toLowerCase();
    if (!address) throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_EMAIL_REQUIRED);
    const { isNew } = await repos.outbox.enqueue({
      event: EVENT,
      channel: 'email',
      recipient: address,
      accountId: principal.accountId,
      template: 'document_ready',
      payload: { number: request.number, link: '/documents' },
      dedupeKey: buildDedupeKey({
        event: EVENT,
        eventId: `${request.id}@${now.toISOString().slice(0, 16)}`,
        channel: 'email',
        recipient: address,
      }),
    });
    if (isNew) {
      await auditAllowed(repos, principal, {
        action: AuditAction.DOCUMENT_REQUEST_EMAIL,
        patientId: request.patientId,
        basis,
        origin: input.origin,
        at: now,
        recordType: 'document_request',
        recordId: request.id,
        details: { sentTo: maskEmail(address) },
      });
    }
    return { sentTo: maskEmail(address) };
  });
}
