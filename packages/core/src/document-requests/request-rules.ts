import { DomainError } from '../shared';
import { DocumentRequestsErrorCode } from './document-requests.errors';
import type {
  DatePeriod,
  DocumentRequestStatus,
  DocumentRequestType,
  DocumentRequestView,
} from './document-requests.types';

/** The longest period an extract covers: five years of the record. */
const MAX_PERIOD_DAYS = 5 * 366;

/**
 * Types generated from the record at once and signed by the clinic's server signature; the others wait for
 * a doctor's signature (a sport or pool certificate needs a doctor's judgement; extracts of visits and stays
 * are written by one).
 */
const AUTOMATIC: ReadonlySet<DocumentRequestType> = new Set([
  'vaccination-certificate',
  'visit-certificate',
  'lab-results-extract',
]);
export const isAutomatic = (type: DocumentRequestType) => AUTOMATIC.has(type);

/** Extracts over a period need one; certificates do not. */
const PERIOD_REQUIRED: ReadonlySet<DocumentRequestType> = new Set([
  'lab-results-extract',
  'outpatient-extract',
]);
export const needsPeriod = (type: DocumentRequestType) => PERIOD_REQUIRED.has(type);
export const needsVisit = (type: DocumentRequestType) => type === 'visit-certificate';

/** Certificates are numbered `СПР-…`, extracts `ВЫП-…`. */
const isExtract = (type: DocumentRequestType) => type.endsWith('-extract');

/** `СПР-2026-000045`: the prefix of the kind, the year, the database sequence's value in six digits. */
export function formatRequestNumber(type: DocumentRequestType, year: number, sequence: number): string {
  return `${isExtract(type) ? 'ВЫП' : 'СПР'}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** The document type of the record (`document-types.json`) a request produces. */
export const documentTypeOf = (type: DocumentRequestType): string =>
  type === 'inpatient-extract' ? 'discharge-summary' : type;

/** The status a new request starts in. */
export const initialStatus = (type: DocumentRequestType): DocumentRequestStatus =>
  isAutomatic(type) ? 'in_progress' : 'awaiting_signature';

const MOVES: Record<DocumentRequestStatus, readonly DocumentRequestStatus[]> = {
  in_progress: ['ready'],
  awaiting_signature: ['ready', 'rejected'],
  ready: [],
  rejected: [],
};

/** May a request move from `from` to `to`? */
export const canMoveDocumentRequest = (from: DocumentRequestStatus, to: DocumentRequestStatus) =>
  MOVES[from].includes(to);

/** The statuses a request may move to `to` from: the repository's conditional UPDATE uses them. */
export const documentRequestStatusesBefore = (to: DocumentRequestStatus): DocumentRequestStatus[] =>
  (Object.keys(MOVES) as DocumentRequestStatus[]).filter((from) => MOVES[from].includes(to));

const DAY_MS = 86_400_000;

/** Checks the order's period against its type; `today` is the clinic's local date (ISO). */
export function checkPeriod(type: DocumentRequestType, period: DatePeriod | null, today: string): void {
  if (!period) {
    if (needsPeriod(type)) {
      throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_PERIOD_REQUIRED, {
        field: 'body.period',
      });
    }
    return;
  }
  const days = (Date.parse(period.to) - Date.parse(period.from)) / DAY_MS;
  if (days < 0 || period.from > today || days > MAX_PERIOD_DAYS) {
    throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_PERIOD_INVALID, {
      field: 'body.period.to',
      params: { maxYears: 5 },
    });
  }
}

/** The same order: type, purpose (case and spaces aside), period and visit. */
export function isSameOrder(
  request: Pick<DocumentRequestView, 'type' | 'purpose' | 'period' | 'encounterId'>,
  order: Pick<DocumentRequestView, 'type' | 'purpose' | 'period' | 'encounterId'>,
): boolean {
  const norm = (text: string | null) => (text ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  return (
    request.type === order.type &&
    norm(request.purpose) === norm(order.purpose) &&
    request.period?.from === order.period?.from &&
    request.period?.to === order.period?.to &&
    request.encounterId === order.encounterId
  );
}

/**
 * «Ordering again reuses the last request» (docs/requests.md): the last request of the same order is
 * answered again while it is being made or waits for a signature, or when it is ready, its document not
 * revoked, and the part of the record it was made from has not changed since (`currentStamp` equals the
 * stamp it was made with). A rejected request, a revoked document or a changed record makes a new one.
 */
export function isReusable(
  last: Pick<DocumentRequestView, 'status' | 'sourceStamp'>,
  currentStamp: string,
  documentRevoked: boolean,
): boolean {
  if (last.status === 'in_progress' || last.status === 'awaiting_signature') return true;
  if (last.status !== 'ready' || documentRevoked) return false;
  return last.sourceStamp === currentStamp;
}
