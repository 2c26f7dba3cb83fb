import { AuditAction, recordStaffRefusal, staffRoleOf } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { AttachmentErrorCode } from './attachment.errors';
import type { AttachmentDeps } from './attachment.ports';
import type { CurrentAttachment } from './attachment.types';
import { tellPatient } from './attachment-messages';
import { assertMayChangeAttachment, attachmentDay, normaliseDistrict } from './attachment-rules';
import { attachmentScopeOf, handlesAttachmentTo } from './attachment-scope';

export interface AttachAtDeskInput {
  patientId: string;
  /** One of the registrar's clinics; their (first) clinic when omitted. */
  organizationId?: string;
  district?: string | null;
  moved?: boolean;
  /** Why the desk attaches; required with `override`. */
  reason?: string;
  /** Rule 5a: the registrar lifts the once-a-year limit, with a reason (audited as `override`). */
  override?: boolean;
  origin: RequestOrigin;
}

/**
 * A registrar attaches a patient to their clinic at the desk, on the paper application signed there
 * (issue 13 item 2). The same once-a-year rule applies unless the registrar makes an exception with a reason
 * (rule 5a, `override`); the previous attachment ends the same day.
 */
export async function attachAtDesk(
  deps: AttachmentDeps,
  principal: Principal,
  input: AttachAtDeskInput,
): Promise<CurrentAttachment & { organizationName: string }> {
  const now = deps.clock.now();
  const scope = attachmentScopeOf(principal.roles);
  const organizationId =
    input.organizationId ?? (scope.kind === 'organizations' ? scope.organizationIds[0] : undefined);
  const district = normaliseDistrict(input.district);
  const reason = input.reason?.trim() || null;
  if (input.override && !reason) {
    throw new DomainError(AttachmentErrorCode.ATTACHMENT_OVERRIDE_REASON_REQUIRED, { field: 'body.reason' });
  }
  const outcome = await deps.store.transaction(async (repos) => {
    if (!organizationId || !handlesAttachmentTo(principal, organizationId)) {
      await recordStaffRefusal(repos.audit, {
        actorAccountId: principal.accountId,
        actorRole: staffRoleOf(principal),
        reason: 'attachment_scope',
        recordType: 'organization',
        recordId: organizationId ?? null,
        origin: input.origin,
        at: now,
      });
      return {
        ok: false as const,
        refusal: new DomainError(AttachmentErrorCode.ATTACHMENT_ORGANIZATION_UNKNOWN, {
          field: 'body.organizationId',
        }),
      };
    }
    const organizationName = await repos.patientAttachments.organizationName(organizationId);
    if (!organizationName) {
      throw new DomainError(AttachmentErrorCode.ATTACHMENT_ORGANIZATION_UNKNOWN, {
        field: 'body.organizationId',
      });
    }
    const current = await repos.patientAttachments.lockCurrent(input.patientId);
    if (!current) throw new DomainError(AttachmentErrorCode.ATTACHMENT_PATIENT_NOT_FOUND);
    assertMayChangeAttachment(current, {
      organizationId,
      district,
      moved: (input.moved ?? false) || (input.override ?? false),
      now,
    });
    const day = attachmentDay(now);
    await repos.patientAttachments.attach({
      patientId: input.patientId,
      organizationId,
      district,
      day,
      requestId: null,
      byAccountId: principal.accountId,
      at: now,
    });
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: staffRoleOf(principal),
      subjectPatientId: input.patientId,
      action: AuditAction.ATTACHMENT_DESK,
      outcome: 'success',
      recordType: 'patient',
      recordId: input.patientId,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: {
        organizationId,
        moved: String(input.moved ?? false),
        // Like booking's exceptions, the rule lifted and not the free text (ids only in the log).
        ...(input.override ? { override: 'ATTACHMENT_CHANGE_TOO_SOON' } : {}),
      },
      occurredAt: now,
    });
    await tellPatient(repos, {
      patientId: input.patientId,
      key: `attachment-desk:${input.patientId}:${organizationId}:${day}`,
      clinic: organizationName,
      status: 'approved',
    });
    return { ok: true as const, value: { organizationId, district, since: day, organizationName } };
  });
  if (!outcome.ok) throw outcome.refusal;
  return outcome.value;
}
