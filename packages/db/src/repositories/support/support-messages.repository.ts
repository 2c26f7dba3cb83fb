import { randomUUID } from 'node:crypto';
import type { SupportMessage, SupportMessageRepository } from '@talon/core/support';
import { and, asc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { accounts, storedFiles, supportMessages as t } from '../../schema';

/** The conversation of support tickets; each text encrypted at rest (rule 18). */
export function createSupportMessageRepository(
  db: DbExecutor,
  cipher: FieldCipher,
): SupportMessageRepository {
  const select = () =>
    db
      .select({ row: t, authorName: accounts.displayName })
      .from(t)
      .leftJoin(accounts, eq(accounts.id, t.authorAccountId));
  const toMessage = ({
    row,
    authorName,
  }: {
    row: typeof t.$inferSelect;
    authorName: string | null;
  }): SupportMessage => ({
    id: row.id,
    ticketId: row.ticketId,
    author: row.author,
    authorAccountId: row.authorAccountId,
    authorName,
    text: cipher.decrypt(row.textEncrypted, aadFor(t.textEncrypted, row.id)),
    createdAt: row.createdAt,
  });
  return {
    async add(message) {
      const id = randomUUID();
      await db.insert(t).values({
        id,
        ticketId: message.ticketId,
        author: message.author,
        authorAccountId: message.authorAccountId,
        textEncrypted: cipher.encrypt(message.text, aadFor(t.textEncrypted, id)),
        createdAt: message.at,
      });
      const [row] = await select().where(eq(t.id, id));
      return toMessage(row!);
    },
    async listForTicket(ticketId) {
      const rows = await select().where(eq(t.ticketId, ticketId)).orderBy(asc(t.createdAt), asc(t.id));
      return rows.map(toMessage);
    },
    async attachmentIds(ticketId) {
      const rows = await db
        .select({ id: storedFiles.id })
        .from(storedFiles)
        .where(and(eq(storedFiles.attachedToType, 'support_ticket'), eq(storedFiles.attachedToId, ticketId)))
        .orderBy(asc(storedFiles.attachedAt), asc(storedFiles.id));
      return rows.map((row) => row.id);
    },
  };
}
