import type { Database, DbExecutor } from '../client';

export interface StoreOptions {
  /** Called after a commit with the outbox rows it wrote, so delivery starts at once. */
  afterCommit?: (outboxIds: string[]) => void;
}

/**
 * The transaction of a module's unit of work that writes to the outbox: `bind` builds the module's
 * repositories on the transaction, the outbox among them collecting the rows it adds in `written`; those are
 * handed to `afterCommit` once the transaction has committed (never for a rolled-back one).
 */
export function outboxTransaction<Repos>(
  db: Database,
  options: StoreOptions,
  bind: (tx: DbExecutor, written: string[]) => Repos | Promise<Repos>,
): <T>(work: (repos: Repos) => Promise<T>) => Promise<T> {
  return async (work) => {
    const written: string[] = [];
    const result = await db.transaction(async (tx) => work(await bind(tx, written)));
    if (written.length) options.afterCommit?.(written);
    return result;
  };
}
