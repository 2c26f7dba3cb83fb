import type { RequestHistoryType } from '@talon/vocabulary';

/**
 * «История обращений» (issue 11 item 7): every request of the patient — appointments, data changes,
 * data-subject requests, certificates and extracts, attachment requests — in one chronological list.
 */
export { REQUEST_HISTORY_TYPES, type RequestHistoryType } from '@talon/vocabulary';

/** One request of any type, as the history lists it. */
export interface RequestHistoryItem {
  type: RequestHistoryType;
  id: string;
  /** The request's human number (a ticket number, `ИЗМ-2026-000123`); null for a type that has none. */
  number: string | null;
  status: string;
  createdAt: Date;
  updatedAt: Date;
  /** The clinic's comment on the request, where the type has one (an attachment's refusal reason). */
  comment: string | null;
  /** The clinic the request went to, where the type names one (attachment requests). */
  organizationName: string | null;
}

export interface RequestHistoryFilter {
  types?: readonly RequestHistoryType[];
  status?: string;
  /** Created at or after. */
  from?: Date;
  /** Created before. */
  to?: Date;
  /** The last row of the previous page. */
  after?: { createdAt: Date; id: string };
  limit: number;
}

export interface RequestHistoryRepository {
  /** Newest first (created, then id), at most `limit` rows. */
  list(patientId: string, filter: RequestHistoryFilter): Promise<RequestHistoryItem[]>;
}

export interface RequestHistoryDeps {
  history: { read<T>(work: (repository: RequestHistoryRepository) => Promise<T>): Promise<T> };
  clock: { now(): Date };
}
