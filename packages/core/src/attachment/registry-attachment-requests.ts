import { recordRequestListRead } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import type { AttachmentDeps } from './attachment.ports';
import type { AttachmentRequest, AttachmentRequestStatus } from './attachment.types';
import { withAttachmentDeadline } from './attachment-deadline';
import { attachmentScopeOf } from './attachment-scope';

/** At most this many requests a page of the registry's list. */
export const ATTACHMENT_LIST_LIMIT = 200;

/**
 * The registry's list: requests made to the caller's clinics (all for a system admin), oldest first, each with
 * its decision deadline and overdue flag (`attachment-deadline.ts`). The
 * reasons are personal data read by staff: the read is audited (ids only).
 */
export async function listAttachmentRequests(
  deps: AttachmentDeps,
  principal: Principal,
  input: { status?: AttachmentRequestStatus; origin: RequestOrigin },
): Promise<(AttachmentRequest & { dueAt: Date; isOverdue: boolean })[]> {
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const items = await repos.attachmentRequests.search({
      scope: attachmentScopeOf(principal.roles),
      status: input.status,
      limit: ATTACHMENT_LIST_LIMIT,
    });
    await recordRequestListRead(repos.audit, {
      principal,
      recordType: 'attachment_request_list',
      ids: items.map((item) => item.id),
      origin: input.origin,
      at: now,
    });
    return items.map((item) => withAttachmentDeadline(item, now));
  });
}
