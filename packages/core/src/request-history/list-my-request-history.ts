import { russianDate } from '../booking';
import type { Principal } from '../identity';
import { ownPatientId } from '../privacy';
import { addDays, DomainError, localDate, localTime, startOfLocalDay } from '../shared';
import type {
  RequestHistoryDeps,
  RequestHistoryFilter,
  RequestHistoryItem,
  RequestHistoryType,
} from './request-history.types';
import { REQUEST_HISTORY_TYPE_LABELS, statusLabelOf } from './request-history-labels';

export const REQUEST_HISTORY_PAGE_SIZE = 20;
/** The most rows one export holds (the newest first). */
export const REQUEST_HISTORY_EXPORT_MAX = 1000;

export interface RequestHistoryQuery {
  types?: readonly RequestHistoryType[];
  status?: string;
  /** ISO dates, Moscow calendar, both included. */
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

export type RequestHistoryRow = RequestHistoryItem & { statusLabel: string | null };

const ZONE = 'Europe/Moscow';

/** `2026-12-01T10:00:00.000Z~<id>`: where the next page starts (the row ordering is created, then id). */
const encodeCursor = (item: RequestHistoryItem) => `${item.createdAt.toISOString()}~${item.id}`;

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = cursor.split('~');
  const createdAt = new Date(at ?? '');
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(createdAt.getTime())) {
    throw new DomainError('INVALID_FIELDS', {
      fieldErrors: [
        { field: 'query.cursor', message: 'Ссылка на страницу устарела. Откройте список заново.' },
      ],
    });
  }
  return { createdAt, id };
}

/** The start of a Moscow calendar day. */
const moscowDay = (isoDate: string, plusDays = 0) => startOfLocalDay(addDays(isoDate, plusDays), ZONE);

function filterOf(query: RequestHistoryQuery, limit: number): RequestHistoryFilter {
  return {
    types: query.types?.length ? query.types : undefined,
    status: query.status || undefined,
    from: query.from ? moscowDay(query.from) : undefined,
    to: query.to ? moscowDay(query.to, 1) : undefined,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit,
  };
}

const withLabel = (item: RequestHistoryItem): RequestHistoryRow => ({
  ...item,
  statusLabel: statusLabelOf(item.type, item.status),
});

/**
 * One page of the patient's own requests of every type, newest first, filtered by type, status and period
 * on the server; `nextCursor` continues after the page's last row.
 */
export async function listMyRequestHistory(
  deps: RequestHistoryDeps,
  principal: Principal,
  query: RequestHistoryQuery,
): Promise<{ items: RequestHistoryRow[]; nextCursor: string | null }> {
  const patientId = ownPatientId(principal);
  const limit = query.limit ?? REQUEST_HISTORY_PAGE_SIZE;
  const rows = await deps.history.read((repository) =>
    repository.list(patientId, filterOf(query, limit + 1)),
  );
  const items = rows.slice(0, limit);
  return {
    items: items.map(withLabel),
    nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1]!) : null,
  };
}

export const REQUEST_HISTORY_EXPORT_COLUMNS = [
  'Дата',
  'Время (МСК)',
  'Тип',
  'Номер',
  'Статус',
  'Обновлено',
  'Комментарий',
];

/** The history as table rows for CSV and PDF (the list's filters, without pages; the newest 1000 at most). */
export async function exportMyRequestHistory(
  deps: RequestHistoryDeps,
  principal: Principal,
  query: Omit<RequestHistoryQuery, 'cursor' | 'limit'>,
): Promise<{ columns: string[]; rows: string[][]; total: number }> {
  const patientId = ownPatientId(principal);
  const rows = await deps.history.read((repository) =>
    repository.list(patientId, filterOf(query, REQUEST_HISTORY_EXPORT_MAX)),
  );
  return {
    columns: REQUEST_HISTORY_EXPORT_COLUMNS,
    rows: rows.map((row) => [
      russianDate(localDate(row.createdAt, ZONE)),
      localTime(row.createdAt, ZONE),
      REQUEST_HISTORY_TYPE_LABELS[row.type],
      row.number ?? '',
      statusLabelOf(row.type, row.status) ?? row.status,
      russianDate(localDate(row.updatedAt, ZONE)),
      row.comment ?? '',
    ]),
    total: rows.length,
  };
}
