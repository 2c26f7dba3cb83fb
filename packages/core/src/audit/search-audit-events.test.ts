import { describe, expect, it } from 'vitest';
import { DomainError, fixedClock } from '../shared';
import type {
  AuditEntry,
  AuditRepository,
  AuditSearcher,
  AuditSearchFilter,
  ListedAuditEvent,
  SearchAuditEventsInput,
} from './index';
import {
  AuditAction,
  AuditErrorCode,
  type AuditVerification,
  auditSearchScope,
  isAuditAction,
  searchAuditEvents,
  verifyAuditLog,
} from './index';

const ADMIN: AuditSearcher = {
  accountId: '00000000-0000-4000-8000-0000000000ad',
  roles: [{ role: 'system_admin', organizationId: null }],
};
const CLINIC_A = '00000000-0000-4000-8000-00000000000a';
const ORIGIN = { ip: '10.0.0.1' };
const PERSON = '00000000-0000-4000-8000-000000000001';

function inMemoryAudit(): AuditRepository & { entries: AuditEntry[]; searches: AuditSearchFilter[] } {
  const entries: AuditEntry[] = [];
  const searches: AuditSearchFilter[] = [];
  return {
    entries,
    searches,
    async record(entry) {
      entries.push(entry);
    },
    async search(filter) {
      searches.push(filter);
      const items = entries
        .filter((e) => !filter.personId || e.subjectPatientId === filter.personId)
        .map(
          (e, i) =>
            ({
              seq: i + 1,
              occurredAt: e.occurredAt ?? new Date(0),
              ...e,
              actorName: null,
            }) as ListedAuditEvent,
        );
      return { items, total: items.length, page: filter.page, pageSize: filter.pageSize };
    },
  };
}

const clock = fixedClock('2027-03-01T09:00:00Z');
const intact: AuditVerification = { ok: true, checked: 12 };
const chainOf = (result: AuditVerification) => ({ verify: async () => result });
const search = (
  audit: AuditRepository,
  input: Partial<SearchAuditEventsInput>,
  searcher: AuditSearcher = ADMIN,
) =>
  searchAuditEvents({ audit, clock, chain: chainOf(intact) }, searcher, {
    page: 1,
    pageSize: 20,
    origin: ORIGIN,
    ...input,
  });

const errorCode = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
};

describe('AuditAction', () => {
  it('names every action as dotted lower-case words, each once', () => {
    const names = Object.values(AuditAction);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z_]+(\.[a-z_]+)?$/);
    expect(isAuditAction('auth.login')).toBe(true);
    expect(isAuditAction('auth.hack')).toBe(false);
  });
});

describe('searchAuditEvents', () => {
  it('passes the filters on and records the search itself', async () => {
    const audit = inMemoryAudit();
    await audit.record({ action: 'patient.read', outcome: 'success', subjectPatientId: PERSON });
    const page = await search(audit, {
      personId: PERSON,
      action: 'patient.read',
      from: new Date('2027-02-01T00:00:00Z'),
      to: new Date('2027-03-01T00:00:00Z'),
    });
    expect(page.total).toBe(1);
    expect(audit.searches[0]).toEqual({
      personId: PERSON,
      actorAccountId: undefined,
      action: 'patient.read',
      from: new Date('2027-02-01T00:00:00Z'),
      to: new Date('2027-03-01T00:00:00Z'),
      page: 1,
      pageSize: 20,
    });
    expect(audit.entries.at(-1)).toMatchObject({
      action: 'admin.audit_search',
      outcome: 'success',
      actorAccountId: ADMIN.accountId,
      actorRole: 'system_admin',
      subjectPatientId: PERSON,
      ip: '10.0.0.1',
      occurredAt: clock.now(),
      details: { action: 'patient.read', total: 1, from: '2027-02-01T00:00:00.000Z' },
    });
  });

  it('refuses a period that ends before it starts, starts in the future or is not a date', async () => {
    const audit = inMemoryAudit();
    const at = (iso: string) => new Date(iso);
    expect(await errorCode(search(audit, { from: at('2027-02-02'), to: at('2027-02-01') }))).toBe(
      AuditErrorCode.INVALID_AUDIT_PERIOD,
    );
    expect(await errorCode(search(audit, { from: at('2027-02-01'), to: at('2027-02-01') }))).toBe(
      AuditErrorCode.INVALID_AUDIT_PERIOD,
    );
    expect(await errorCode(search(audit, { from: at('2027-04-01') }))).toBe(
      AuditErrorCode.INVALID_AUDIT_PERIOD,
    );
    expect(await errorCode(search(audit, { to: new Date('nonsense') }))).toBe(
      AuditErrorCode.INVALID_AUDIT_PERIOD,
    );
    expect(audit.searches).toHaveLength(0);
    expect(audit.entries).toHaveLength(0);
  });

  it('limits the page size to 100 and refuses unknown actions', async () => {
    const audit = inMemoryAudit();
    expect(await errorCode(search(audit, { pageSize: 101 }))).toBe(AuditErrorCode.INVALID_AUDIT_PAGE);
    expect(await errorCode(search(audit, { pageSize: 0 }))).toBe(AuditErrorCode.INVALID_AUDIT_PAGE);
    expect(await errorCode(search(audit, { page: 0 }))).toBe(AuditErrorCode.INVALID_AUDIT_PAGE);
    expect(await errorCode(search(audit, { page: 1.5 }))).toBe(AuditErrorCode.INVALID_AUDIT_PAGE);
    expect(await errorCode(search(audit, { action: 'drop.table' }))).toBe(
      AuditErrorCode.UNKNOWN_AUDIT_ACTION,
    );
    expect(await errorCode(search(audit, { pageSize: 100 }))).toBeUndefined();
  });
});

describe('auditSearchScope', () => {
  it('gives a system admin the whole log and a clinic admin the staff of their clinics', () => {
    expect(auditSearchScope(ADMIN)).toEqual({ role: 'system_admin', organizationIds: null });
    const clinicAdmin = {
      accountId: ADMIN.accountId,
      roles: [
        { role: 'clinic_admin', organizationId: CLINIC_A },
        { role: 'doctor', organizationId: '00000000-0000-4000-8000-00000000000b' },
        { role: 'clinic_admin', organizationId: CLINIC_A },
      ],
    };
    expect(auditSearchScope(clinicAdmin)).toEqual({ role: 'clinic_admin', organizationIds: [CLINIC_A] });
    expect(auditSearchScope({ accountId: ADMIN.accountId, roles: [] }).organizationIds).toEqual([]);
  });

  it('narrows a clinic admin’s search to their clinics and records it in that role', async () => {
    const audit = inMemoryAudit();
    const clinicAdmin = {
      accountId: ADMIN.accountId,
      roles: [{ role: 'clinic_admin', organizationId: CLINIC_A }],
    };
    await search(audit, { action: 'patient.read' }, clinicAdmin);
    expect(audit.searches[0]?.actorOrganizationIds).toEqual([CLINIC_A]);
    expect(audit.entries.at(-1)).toMatchObject({
      actorRole: 'clinic_admin',
      details: { organizations: [CLINIC_A] },
    });
    await search(audit, {});
    expect(audit.searches[1]).not.toHaveProperty('actorOrganizationIds');
  });
});

describe('verifyAuditLog', () => {
  it('answers the chain’s check and records it, a broken chain as a failure naming the entry', async () => {
    const audit = inMemoryAudit();
    const deps = { audit, clock, chain: chainOf(intact) };
    expect(await verifyAuditLog(deps, ADMIN, { origin: ORIGIN })).toEqual(intact);
    expect(audit.entries.at(-1)).toMatchObject({
      action: 'admin.audit_verify',
      outcome: 'success',
      actorRole: 'system_admin',
      details: { checked: 12, brokenAt: null },
    });
    const broken: AuditVerification = { ok: false, checked: 4, brokenAt: 5, problem: 'hash_mismatch' };
    expect(await verifyAuditLog({ ...deps, chain: chainOf(broken) }, ADMIN, { origin: ORIGIN })).toEqual(
      broken,
    );
    expect(audit.entries.at(-1)).toMatchObject({
      outcome: 'failure',
      reason: 'hash_mismatch',
      details: { checked: 4, brokenAt: 5 },
    });
  });
});
