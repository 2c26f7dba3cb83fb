import { createHmac } from 'node:crypto';
import type { Config } from '@talon/config';
import type { IdentitySecrets } from '@talon/core/identity';
import type { Clock } from '@talon/core/shared';
import type { FreeSlotPageCache } from '@talon/core/slot-search';
import type { FileStore } from '@talon/core/uploads';
import {
  createFieldCipher,
  createFileStore,
  type Database,
  type DatabaseHandle,
  type FieldCipher,
} from '@talon/db';
import { createIdentitySecrets } from '../security/identity-secrets';
import type { MessageDispatcher } from './message-dispatcher';

/** What the modules' dependencies are built from: made once per process. */
export interface Infrastructure {
  db: Database;
  /** Connections of their own for background control work (the waiting room's admitter; DatabaseHandle). */
  backgroundDb: Database;
  clock: Clock;
  config: Config;
  /** Field encryption and blind indexes of personal data (SNILS, OMS, contacts). */
  cipher: FieldCipher;
  /** Password hashing, keyed hashes and one-time codes, as the identity rules use them. */
  secrets: IdentitySecrets;
  /** Called by a store after its transaction committed outbox rows: the worker sends them at once. */
  afterCommit(outboxIds: string[]): void;
  /** The QR key of tickets, derived from the lookup key: check-in verifies payloads with the same key. */
  ticketKey: Uint8Array;
  /** The same from the look-up key being replaced (TALON_LOOKUP_KEY_PREVIOUS): tickets printed before. */
  previousTicketKey: Uint8Array | null;
  /** Where uploads and documents' PDFs are kept, sealed: the database or an S3-compatible bucket. */
  files: FileStore;
  /** The free-slot list's shared pages, fed by the slot events (free-slot-pages.plugin.ts); null when off. */
  freeSlotPages: FreeSlotPageCache | null;
}

const deriveTicketKey = (lookupKey: Buffer) =>
  createHmac('sha256', lookupKey).update('talon/ticket-payload').digest();

export async function createInfrastructure(
  database: DatabaseHandle,
  clock: Clock,
  config: Config,
  dispatcher: MessageDispatcher,
  freeSlotPages: FreeSlotPageCache | null,
): Promise<Infrastructure> {
  const cipher = createFieldCipher(config.secrets);
  return {
    db: database.db,
    backgroundDb: database.background,
    clock,
    config,
    cipher,
    secrets: await createIdentitySecrets(cipher, config.secrets.lookupKey, config.passwordHashing),
    afterCommit: (ids) => dispatcher.kick(ids),
    ticketKey: deriveTicketKey(config.secrets.lookupKey),
    previousTicketKey: config.secrets.previousLookupKey
      ? deriveTicketKey(config.secrets.previousLookupKey)
      : null,
    files: createFileStore(config.secrets, config.uploads.s3),
    freeSlotPages,
  };
}
