import { type Clock, DomainError } from '../shared';
import { AuditErrorCode } from './audit.errors';
import type { AuditEventPage, AuditSearchFilter } from './audit.types';
import { AuditAction, isAuditAction } from './audit-action';
import type { AuditChainVerifier } from './audit-check';
import type { AuditRepository } from './audit-log';

export const MAX_AUDIT_PAGE_SIZE = 100;

/** What the audit log's use cases need. */
export interface AuditDeps {
  audit: AuditRepository;
  /** The whole chain's check, the one `npm run audit:verify` runs (packages/db). */
  chain: AuditChainVerifier;
  clock: Clock;
}

/**
 * The administrator who searches: the principal of `core/identity` (which audit, lower in the tree, cannot
 * name) — the account and its role grants.
 */
export interface AuditSearcher {
  accountId: string;
  roles: readonly { role: string; organizationId: string | null }[];
}

/** Whose entries an admin reads: a system admin every entry, a clinic admin those of their clinics' staff. */
export interface AuditScope {
  role: 'system_admin' | 'clinic_admin';
  /** Null: all; otherwise the clinics whose staff's entries are shown. */
  organizationIds: readonly string[] | null;
}

/**
 * The scope of an admin's search (docs/identity.md «The clinic's audit log»): a system admin sees the whole
 * log; a clinic admin the entries whose actor holds a role at one of their clinics — who of their staff read
 * or changed what. The route admits nobody else; any other caller would get an empty scope.
 */
export function auditSearchScope(searcher: AuditSearcher): AuditScope {
  if (searcher.roles.some((grant) => grant.role === 'system_admin')) {
    return { role: 'system_admin', organizationIds: null };
  }
  const own = searcher.roles.flatMap((grant) =>
    grant.role === 'clinic_admin' && grant.organizationId ? [grant.organizationId] : [],
  );
  return { role: 'clinic_admin', organizationIds: [...new Set(own)] };
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
 * An admin's search of the audit log by person, actor, action and period, newest first, within the admin's
 * scope (`auditSearchScope`). The audit log holds
 * who looked at whose data, so reading it is itself recorded (`admin.audit_search`, with the filters).
 */
export async function searchAuditEvents(
  deps: AuditDeps,
  principal: AuditSearcher,
  input: SearchAuditEventsInput,
): Promise<AuditEventPage> {
  const now = deps.clock.now();
  const filter = validateAuditSearch(input, now);
  const scope = auditSearchScope(principal);
  const page = await deps.audit.search(
    scope.organizationIds ? { ...filter, actorOrganizationIds: scope.organizationIds } : filter,
  );
  await deps.audit.record({
    action: AuditAction.ADMIN_AUDIT_SEARCH,
    outcome: 'success',
    actorAccountId: principal.accountId,
    actorRole: scope.role,
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
      organizations: scope.organizationIds,
      total: page.total,
    },
    occurredAt: now,
  });
  return page;
}
