import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { practitionerScopeOf } from '../practice';
import { DomainError, localDate } from '../shared';
import { checkApplicationForm } from './application-forms';
import { applicationNumber } from './application-workflow';
import { StaffApplicationsErrorCode } from './staff-applications.errors';
import type { StaffApplicationsDeps } from './staff-applications.ports';
import type { StaffApplicationType, StaffApplicationView } from './staff-applications.types';

/** Numbers run per clinic and calendar year of Moscow time. */
const NUMBER_TIME_ZONE = 'Europe/Moscow';

export interface SubmitStaffApplicationInput {
  type: StaffApplicationType;
  fields: Readonly<Record<string, string | undefined>>;
  /** The caller's own uploads (`POST /api/v1/uploads`), attached to the application in its transaction. */
  attachmentIds?: readonly string[];
  origin: RequestOrigin;
}

/**
 * A doctor or nurse applies (seed 004 «Подача заявлений и обращений») to the admin of their clinic (the first
 * where the account works as a doctor or nurse): the type's form checked, the documents attached, the clinic's
 * next number of the year taken, audited — all in one transaction.
 */
export async function submitStaffApplication(
  deps: StaffApplicationsDeps,
  principal: Principal,
  input: SubmitStaffApplicationInput,
): Promise<StaffApplicationView> {
  const scope = practitionerScopeOf(principal);
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  const fields = checkApplicationForm(input.type, {
    fields: input.fields,
    attachmentCount: attachmentIds.length,
  });
  const now = deps.clock.now();
  const organizationId = scope.organizationIds[0]!;
  const year = Number(localDate(now, NUMBER_TIME_ZONE).slice(0, 4));
  const id = deps.newId();
  return deps.store.transaction(async (repos) => {
    for (const uploadId of attachmentIds) {
      const attached = await repos.files.attach({
        id: uploadId,
        ownerAccountId: principal.accountId,
        type: 'staff_application',
        attachedToId: id,
        at: now,
      });
      if (!attached) {
        throw new DomainError(StaffApplicationsErrorCode.STAFF_APPLICATION_ATTACHMENT_INVALID, {
          field: 'body.attachmentIds',
        });
      }
    }
    const number = applicationNumber(year, await repos.applications.nextNumber(organizationId, year));
    const created = await repos.applications.create({
      id,
      number,
      type: input.type,
      fields,
      attachmentIds,
      accountId: principal.accountId,
      practitionerId: scope.practitionerId,
      organizationId,
      at: now,
    });
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: principal.roles.find((g) => g.organizationId === organizationId)?.role ?? null,
      action: AuditAction.STAFF_APPLICATION_CREATE,
      outcome: 'success',
      recordType: 'staff_application',
      recordId: id,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { type: input.type, number, organizationId, attachments: attachmentIds.length },
      occurredAt: now,
    });
    return created;
  });
}

/** «Заявления»: the account's own applications, newest first. */
export async function listOwnStaffApplications(
  deps: StaffApplicationsDeps,
  principal: Principal,
): Promise<StaffApplicationView[]> {
  return deps.store.transaction((repos) => repos.applications.listOwn(principal.accountId));
}

/** One's own application; another's is 404 like one that does not exist. */
export async function getOwnStaffApplication(
  deps: StaffApplicationsDeps,
  principal: Principal,
  input: { id: string },
): Promise<StaffApplicationView> {
  const application = await deps.store.transaction((repos) => repos.applications.find(input.id));
  if (!application || application.accountId !== principal.accountId) {
    throw new DomainError(StaffApplicationsErrorCode.STAFF_APPLICATION_NOT_FOUND);
  }
  return application;
}
