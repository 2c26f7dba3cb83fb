import { AuditAction, type AuditEvent, type AuditRepository } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { isOverdue } from './data-request-deadline';
import { presentCard } from './mask-identifiers';
import { PrivacyErrorCode } from './privacy.errors';
import type { PrivacyDeps } from './privacy.ports';
import type { AccessLogEntry, PersonalDataExport } from './privacy.types';
import { ownPatientId, selfAudit } from './privacy-requester';

export type ExportFormat = 'json' | 'pdf';

/** Sessions and log entries beyond these are left out of one export (years of daily logins). */
export const EXPORT_LIMITS = { sessions: 200, accessLogPages: 50, pageSize: 100 } as const;

async function collect(audit: AuditRepository, filter: { personId?: string; actorAccountId?: string }) {
  const events: AuditEvent[] = [];
  for (let page = 1; page <= EXPORT_LIMITS.accessLogPages; page++) {
    const result = await audit.search({ ...filter, page, pageSize: EXPORT_LIMITS.pageSize });
    events.push(...result.items);
    if (page * EXPORT_LIMITS.pageSize >= result.total) break;
  }
  return events;
}

/**
 * Everything Talon holds about the caller (152-ФЗ ст. 14, docs/domain.md rule 19): the account (logins, roles, second
 * factor, sessions), the patient card with identifiers decrypted, consents, data-subject requests and the
 * access log — every audit entry about the person or made by their account. Recorded as `patient.export`
 * before the log is read, so the export lists itself.
 */
export async function exportMyData(
  deps: PrivacyDeps,
  principal: Principal,
  input: { format: ExportFormat; origin: RequestOrigin },
): Promise<PersonalDataExport> {
  const patientId = ownPatientId(principal);
  const accountId = principal.accountId;
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const [account, patient] = await Promise.all([
      repos.accounts.findAccount(accountId),
      repos.patients.findCard(patientId),
    ]);
    if (!account || !patient) throw new DomainError(PrivacyErrorCode.PATIENT_CARD_NOT_FOUND);
    await repos.audit.record({
      ...selfAudit(principal, input.origin, now),
      action: AuditAction.PATIENT_EXPORT,
      outcome: 'success',
      recordType: 'patient',
      recordId: patientId,
      details: { format: input.format },
    });
    const sessions = await repos.accounts.listSessions(accountId, EXPORT_LIMITS.sessions);
    const consents = await repos.consents.listForPatient(patientId);
    const dataRequests = (await repos.dataRequests.listForPatient(patientId)).map((request) => ({
      ...request,
      isOverdue: isOverdue(request, now),
    }));
    const about = await collect(repos.audit, { personId: patientId });
    const own = await collect(repos.audit, { actorAccountId: accountId });
    const bySeq = new Map<number, AuditEvent>();
    for (const event of [...about, ...own]) bySeq.set(event.seq, event);
    const accessLog = [...bySeq.values()]
      .sort((a, b) => b.seq - a.seq)
      .map(
        (event): AccessLogEntry => ({
          seq: event.seq,
          occurredAt: event.occurredAt,
          action: event.action,
          outcome: event.outcome,
          actorRole: event.actorRole,
          isOwnAction: event.actorAccountId === accountId,
          recordType: event.recordType,
          recordId: event.recordId,
        }),
      );
    return {
      generatedAt: now,
      account,
      sessions,
      patient: presentCard(patient, true),
      consents,
      dataRequests,
      accessLog,
    };
  });
}
