import type { AttachmentDeps } from '@talon/core/attachment';
import { createAttachmentStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

/** Attachment: its store (identity's outbox and audit with it) and the clock. */
export const attachmentDeps = ({ db, cipher, clock, afterCommit }: Infrastructure): AttachmentDeps => ({
  store: createAttachmentStore(db, cipher, { afterCommit }),
  clock,
});
