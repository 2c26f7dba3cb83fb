import {
  FILE_STORAGES,
  MAX_UPLOAD_BYTES,
  UPLOAD_ATTACHMENT_TYPES,
  UPLOAD_CONTENT_TYPES,
} from '@talon/core/uploads';
import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { inList, optionalUuidRef, timestamptz } from './columns';
import { accounts } from './identity.schema';

/** `bytea`, read as a Uint8Array on both drivers (node-postgres gives a Buffer, PGlite a Uint8Array). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => (value instanceof Uint8Array ? value : new Uint8Array(value)),
});

/**
 * Uploaded files (issue 11, item 4; docs/domain.md rule 23): PDF, JPEG or PNG by content, at most 5 MB,
 * sealed with AES-256-GCM bound to the row (`crypto/file-cipher.ts`). The bytes are in `content` for the
 * database store, in an S3-compatible bucket under `storage_key` otherwise. A file belongs to its owner until
 * attached to a request or a document; unattached ones older than 24 hours are purged (`uploads.purge`).
 */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: uuid('id').primaryKey(),
    ownerAccountId: optionalUuidRef('owner_account_id', () => accounts.id),
    contentType: text('content_type', { enum: UPLOAD_CONTENT_TYPES }).notNull(),
    size: integer('size').notNull(),
    /** Hex SHA-256 of the plaintext. */
    sha256: text('sha256').notNull(),
    storage: text('storage', { enum: FILE_STORAGES }).notNull(),
    storageKey: text('storage_key').notNull(),
    /** The sealed bytes (`db` storage); null when the S3 store holds them. */
    content: bytea('content'),
    attachedToType: text('attached_to_type', { enum: UPLOAD_ATTACHMENT_TYPES }),
    attachedToId: uuid('attached_to_id'),
    attachedAt: timestamptz('attached_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('stored_files_content_type', sql`${t.contentType} in (${inList(UPLOAD_CONTENT_TYPES)})`),
    check('stored_files_size', sql`${t.size} between 1 and ${sql.raw(String(MAX_UPLOAD_BYTES))}`),
    check('stored_files_sha256', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('stored_files_storage', sql`${t.storage} in (${inList(FILE_STORAGES)})`),
    check('stored_files_db_content', sql`${t.storage} <> 'db' or ${t.content} is not null`),
    check(
      'stored_files_attachment',
      sql`(${t.attachedToType} is null) = (${t.attachedToId} is null) and (${t.attachedToType} is null) = (${t.attachedAt} is null)`,
    ),
    check(
      'stored_files_attached_to_type',
      sql`${t.attachedToType} is null or ${t.attachedToType} in (${inList(UPLOAD_ATTACHMENT_TYPES)})`,
    ),
    index('stored_files_unattached_idx').on(t.createdAt).where(sql`${t.attachedToId} is null`),
    index('stored_files_attached_idx').on(t.attachedToType, t.attachedToId),
    index('stored_files_owner_idx').on(t.ownerAccountId),
  ],
);
