import { UPLOAD_CONTENT_TYPES, type UploadContentType } from '@talon/vocabulary';
import type { AuditLog } from '../audit';
import type { Clock } from '../shared';

export { UPLOAD_CONTENT_TYPES, type UploadContentType };

/** At most 5 MB a file (rule 23, brief). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** An upload not attached to anything within this long is deleted by the `uploads.purge` job. */
export const UNATTACHED_UPLOAD_HOURS = 24;

/** Where a file's bytes live: the database (default) or an S3-compatible store (`UPLOADS_STORE=s3`). */
export const FILE_STORAGES = ['db', 's3'] as const;
export type FileStorage = (typeof FILE_STORAGES)[number];

/**
 * What an upload may be attached to. The later modules that take uploads (data-change and document
 * requests, qualifications, support tickets) attach through `attach` and extend `canReadUpload`'s facts.
 */
export const UPLOAD_ATTACHMENT_TYPES = [
  'document',
  'data_change_request',
  'document_request',
  'representative_link',
  'qualification',
  'support_ticket',
  'attachment_request',
  'staff_application',
  'staff_certificate',
  'video_room',
] as const;
export type UploadAttachmentType = (typeof UPLOAD_ATTACHMENT_TYPES)[number];

/** A stored file as the repository returns it (its bytes, possibly ciphertext, in `content` for `db`). */
export interface StoredFileRecord {
  id: string;
  ownerAccountId: string | null;
  contentType: UploadContentType;
  size: number;
  /** Hex SHA-256 of the plaintext bytes. */
  sha256: string;
  storage: FileStorage;
  storageKey: string;
  /** The database store's sealed bytes; null when another store holds them. */
  content: Uint8Array | null;
  attachedTo: { type: UploadAttachmentType; id: string } | null;
  attachedAt: Date | null;
  createdAt: Date;
}

/** What the API answers for a new upload. */
export interface UploadView {
  id: string;
  contentType: UploadContentType;
  size: number;
  sha256: string;
}

/**
 * Where file bytes are kept, sealed (AES-256-GCM) before they leave the process. `write` returns the value
 * for the row's `content` column: the sealed bytes for the database store, null for S3 (the object holds them).
 */
export interface FileStore {
  readonly storage: FileStorage;
  write(fileId: string, bytes: Uint8Array): Promise<{ storageKey: string; content: Uint8Array | null }>;
  read(file: Pick<StoredFileRecord, 'id' | 'storage' | 'storageKey' | 'content'>): Promise<Uint8Array>;
  /** Deletes the bytes kept outside the row (nothing to do for the database store). */
  remove(file: Pick<StoredFileRecord, 'id' | 'storage' | 'storageKey'>): Promise<void>;
}

export interface NewStoredFile
  extends Pick<
    StoredFileRecord,
    'id' | 'ownerAccountId' | 'contentType' | 'size' | 'sha256' | 'storage' | 'storageKey' | 'content'
  > {
  /** Set for a file the system makes for a record (a document's PDF); uploads start unattached. */
  attachedTo?: { type: UploadAttachmentType; id: string } | null;
  at: Date;
}

export interface StoredFilesRepository {
  insert(file: NewStoredFile): Promise<void>;
  find(id: string): Promise<StoredFileRecord | null>;
  /** Attaches an unattached file of `ownerAccountId`; false when it is gone, someone else's or attached. */
  attach(input: {
    id: string;
    ownerAccountId: string;
    type: UploadAttachmentType;
    attachedToId: string;
    at: Date;
  }): Promise<boolean>;
  /** Unattached files created before `before`, oldest first (at most `limit`). */
  listUnattached(
    before: Date,
    limit: number,
  ): Promise<Pick<StoredFileRecord, 'id' | 'storage' | 'storageKey'>[]>;
  /** Deletes the files if still unattached; how many went. */
  deleteUnattached(ids: readonly string[]): Promise<number>;
}

/**
 * Facts about the request a file is attached to, as the module that owns it sees the caller: is the caller
 * staff handling that request, and whose personal data the file holds (the audit of a staff read names
 * them). Today a representative link's scan is read by the staff who may decide the link.
 */
export interface UploadAttachmentFacts {
  isHandledByCaller: boolean;
  /** The person the file is about (a representative link's ward); null when none is known. */
  subjectPatientId: string | null;
}

export interface UploadAttachmentFactsPort {
  factsFor(
    caller: {
      accountId: string;
      roles: readonly { role: string; organizationId: string | null }[];
      patientId?: string | null;
      practitionerId?: string | null;
    },
    file: StoredFileRecord,
  ): Promise<UploadAttachmentFacts>;
}

export interface UploadsRepos {
  storedFiles: StoredFilesRepository;
  attachments: UploadAttachmentFactsPort;
  audit: AuditLog;
}

export interface UploadsStore {
  transaction<T>(work: (repos: UploadsRepos) => Promise<T>): Promise<T>;
}

export interface UploadsDeps {
  store: UploadsStore;
  files: FileStore;
  clock: Clock;
  /** A fresh uuid for a new file (its id binds the sealed bytes, so it is made before they are written). */
  newId(): string;
  /** Hex SHA-256 of bytes. */
  sha256(bytes: Uint8Array): string;
}
