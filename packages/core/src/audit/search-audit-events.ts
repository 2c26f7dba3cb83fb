import { type Clock, DomainError } from '../shared';
import { AuditErrorCode } from './audit.errors';
import type { AuditEventPage, AuditSearchFilter } from './audit.types';
import { AuditAction, isAuditAction } from './audit-action';
import type { AuditRepository } from './audit-log';

export const MAX_AUDIT_PAGE_SIZE = 100;

/** What the audit log's use case needs. */
export interface AuditDeps {
  audit: AuditRepository;
  clock: Clock;
}

/**
 * The administrator who searches: the principal of `core/identity` (which audit, lower in the tree, cannot
 * name). Only system administrators search the log — the route admits no one else — so the search is
 * recorded in that role.
 */
export interface AuditSearcher {
  accountId: string;
}

export interface SearchAuditEventsInput extends Omit<AuditSearchFilter, 'action'> {
  /** Any text from the request; checked against `AuditAction`. */
  action?: string;
  /** Where the search came from (address and browser), for its own audit entry. */
  origin: { ip?: string | null; userAgent?: string | null };
}

const isValidDate = (date: Date | undefined) => date === undefined || !Number.isNaN(date.getTime());

/**
 * Checks a search of the audit log and returns it typed: a sane period (valid dates, `from` before `to`,
 * not starting in the future), a known action, page ≥ 1 and page size 1–100.
 */
export function validateAuditSearch(
  input: Omit<SearchAuditEventsInput, 'origin'>,
  now: Date,
): AuditSearchFilter {
  if (!isValidDate(input.from) || !isValidDate(input.to)) {
    throw new DomainError(AuditErrorCode.INVALID_AUDIT_PERIOD, { field: 'query.from' });
  }
  if (input.from && input.to && input.from.getTime() >= input.to.getTime()) {
    throw new DomainError(AuditErrorCode.INVALID_AUDIT_PERIOD, { field: 'query.to' });
  }
  if (input.from && input.from.getTime() > now.getTime()) {
    throw new DomainError(AuditErrorCode.INVALID_AUDIT_PERIOD, { field: 'query.from' });
  }
  if (input.action !== undefined && !isAuditAction(input.action)) {
    throw new DomainError(AuditErrorCode.UNKNOWN_AUDIT_ACTION, { field: 'query.action' });
  }
  if (!Number.isInteger(input.page) || input.page < 1) {
    throw new DomainError(AuditErrorCode.INVALID_AUDIT_PAGE, { field: 'query.page' });
  }
  if (!Number.isInteger(input.pageSize) || input.pageSize < 1 || input.pageSize > MAX_AUDIT_PAGE_SIZE) {
    throw new DomainError(AuditErrorCode.INVALID_AUDIT_PAGE, {
      field: 'query.pageSize',
      params: { max: MAX_AUDIT_PAGE_SIZE },
    });
  }
  return {
    personId: input.personId,
    actorAccountId: input.actorAccountId,
    action: input.action,
    from: input.from,
    to: input.to,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/**
 * An admin's search of the audit log by person, actor, action and period, newest first. The audit log holds
 * who looked at whose data, so reading it is itself recorded (`admin.audit_search`, with the filters).
 */
export async function searchAuditEvents(
  deps: AuditDeps,
  principal: AuditSearcher,
  input: SearchAuditEventsInput,
): Promise<AuditEventPage> {
  const now = deps.clock.now();
  const filter = validateAuditSearch(input, now);
  const page = await deps.audit.search(filter);
  await deps.audit.record({
    action: AuditAction.ADMIN_AUDIT_SEARCH,
    outcome: 'success',
    actorAccountId: principal.accountId,
    actorRole: 'system_admin',
    subjectPatientId: filter.personId ?? null,
    ip: input.origin.ip ?? null,
    userAgent: input.origin.userAgent ?? null,
    details: {
      actorAccountId: filter.actorAccountId ?? null,
      action: filter.action ?? null,
      from: filter.from?.toISOString() ?? null,
      to: filter.to?.toISOString() ?? null,
      page: filter.page,
      pageSize: filter.pageSize,
      total: page.total,
    },
    occurredAt: now,
  });
  return page;
}
