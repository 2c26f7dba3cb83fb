import { deadlineAfter } from '../privacy';
import type {
  DocumentRequestStatus,
  DocumentRequestType,
  DocumentRequestView,
} from './document-requests.types';

/**
 * The legal time to issue a requested document, counted like every request's deadline (from the day after
 * receipt, to the end of the day in Moscow, working days on privacy's production calendar):
 * - a certificate (справка, медицинское заключение): 3 working days — Приказ Минздрава России от 14.09.2020
 *   № 972н, п. 16 (a conclusion within 3 working days); the product design (docs/domain.md) sets no shorter one;
 * - an extract of the medical record (выписка): 30 calendar days — Приказ Минздрава России от 31.07.2020
 *   № 789н, п. 12 (the term of 59-ФЗ for citizens' requests).
 */
export const DOCUMENT_REQUEST_DEADLINES = {
  certificate: { days: 3, unit: 'working' },
  extract: { days: 30, unit: 'calendar' },
} as const;

/** The statuses a request is still open in: the clinic has not issued or refused it. */
export const OPEN_DOCUMENT_REQUEST_STATUSES: readonly DocumentRequestStatus[] = [
  'in_progress',
  'awaiting_signature',
];

/** When a request of `type` received at `createdAt` must be issued by. */
export const documentRequestDueAt = (type: DocumentRequestType, createdAt: Date): Date =>
  deadlineAfter(
    createdAt,
    type.endsWith('-extract') ? DOCUMENT_REQUEST_DEADLINES.extract : DOCUMENT_REQUEST_DEADLINES.certificate,
  );

/** A request with its deadline and whether it is still open past it at `now`. */
export function withDocumentRequestDeadline<
  T extends Pick<DocumentRequestView, 'type' | 'status' | 'createdAt'>,
>(request: T, now: Date): T & { dueAt: Date; isOverdue: boolean } {
  const dueAt = documentRequestDueAt(request.type, request.createdAt);
  return {
    ...request,
    dueAt,
    isOverdue: OPEN_DOCUMENT_REQUEST_STATUSES.includes(request.status) && dueAt.getTime() < now.getTime(),
  };
}
