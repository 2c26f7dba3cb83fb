import type { SupportStore } from '@talon/core/support';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createIdentityRepos } from '../identity/identity-store';
import { outboxTransaction, type StoreOptions } from '../unit-of-work';
import { createStoredFilesRepository } from '../uploads/stored-files.repository';
import { createCannedAnswerRepository, createHelpArticleRepository } from './help-articles.repository';
import { createSupportMessageRepository } from './support-messages.repository';
import { createSupportTicketRepository } from './support-tickets.repository';

/**
 * The unit of work of the support desk: a ticket, its message, its screenshot, its audit entry and the
 * author's notifications are written together or not at all (rule 22).
 */
export function createSupportStore(
  db: Database,
  cipher: FieldCipher,
  options: StoreOptions = {},
): SupportStore {
  return {
    transaction: outboxTransaction(db, options, (tx, written) => {
      const identity = createIdentityRepos(tx, cipher, written);
      return {
        tickets: createSupportTicketRepository(tx, cipher),
        messages: createSupportMessageRepository(tx, cipher),
        articles: createHelpArticleRepository(tx),
        cannedAnswers: createCannedAnswerRepository(tx),
        accounts: identity.accounts,
        storedFiles: createStoredFilesRepository(tx),
        outbox: identity.outbox,
        audit: identity.audit,
      };
    }),
  };
}
