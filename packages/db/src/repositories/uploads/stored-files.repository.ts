import type { StoredFileRecord, StoredFilesRepository } from '@talon/core/uploads';
import { and, asc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { storedFiles } from '../../schema';

type Row = typeof storedFiles.$inferSelect;

/** A stored file's row as core's record. */
export const toStoredFile = (row: Row): StoredFileRecord => ({
  id: row.id,
  ownerAccountId: row.ownerAccountId,
  contentType: row.contentType,
  size: row.size,
  sha256: row.sha256,
  storage: row.storage,
  storageKey: row.storageKey,
  content: row.content,
  attachedTo:
    row.attachedToType && row.attachedToId ? { type: row.attachedToType, id: row.attachedToId } : null,
  attachedAt: row.attachedAt,
  createdAt: row.createdAt,
});

/** Uploaded files' rows (the bytes, sealed, in `content` for the database store). */
export function createStoredFilesRepository(db: DbExecutor): StoredFilesRepository {
  return {
    async insert(file) {
      await db.insert(storedFiles).values({
        id: file.id,
        ownerAccountId: file.ownerAccountId,
        contentType: file.contentType,
        size: file.size,
        sha256: file.sha256,
        storage: file.storage,
        storageKey: file.storageKey,
        content: file.content,
        attachedToType: file.attachedTo?.type ?? null,
        attachedToId: file.attachedTo?.id ?? null,
        attachedAt: file.attachedTo ? file.at : null,
        createdAt: file.at,
      });
    },

    async find(id) {
      const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, id));
      return row ? toStoredFile(row) : null;
    },

    async attach(input) {
      const rows = await db
        .update(storedFiles)
        .set({ attachedToType: input.type, attachedToId: input.attachedToId, attachedAt: input.at })
        .where(
          and(
            eq(storedFiles.id, input.id),
            eq(storedFiles.ownerAccountId, input.ownerAccountId),
            isNull(storedFiles.attachedToId),
          ),
        )
        .returning({ id: storedFiles.id });
      return rows.length === 1;
    },

    async listUnattached(before, limit) {
      return db
        .select({ id: storedFiles.id, storage: storedFiles.storage, storageKey: storedFiles.storageKey })
        .from(storedFiles)
        .where(and(isNull(storedFiles.attachedToId), lt(storedFiles.createdAt, before)))
        .orderBy(asc(storedFiles.createdAt))
        .limit(limit);
    },

    async deleteUnattached(ids) {
      if (ids.length === 0) return 0;
      const rows = await db
        .delete(storedFiles)
        .where(and(inArray(storedFiles.id, [...ids]), isNull(storedFiles.attachedToId)))
        .returning({ id: storedFiles.id });
      return rows.length;
    },
  };
}
