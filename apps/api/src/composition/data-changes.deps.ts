import type { DataChangeDeps } from '@talon/core/data-changes';
import type { RequestHistoryDeps } from '@talon/core/request-history';
import { createDataChangeStore, createRequestHistoryReader } from '@talon/db';
import type { Infrastructure } from './infrastructure';

/** Data-change requests: their store (identity's codes and outbox with them), the clock, the code secrets. */
export const dataChangesDeps = ({
  db,
  cipher,
  secrets,
  clock,
  afterCommit,
}: Infrastructure): DataChangeDeps => ({
  store: createDataChangeStore(db, cipher, { afterCommit }),
  clock,
  identity: { secrets, clock },
});

/** «История обращений»: one read model over every request type. */
export const requestHistoryDeps = ({ db, cipher, clock }: Infrastructure): RequestHistoryDeps => ({
  history: createRequestHistoryReader(db, cipher),
  clock,
});
