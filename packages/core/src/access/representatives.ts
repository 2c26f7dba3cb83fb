import type { IdentityDeps, Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { AccessErrorCode } from './access.errors';
import type { AccessStore, WardRecord, WardView } from './access.ports';
import { auditReadsOf } from './audit-reads';
import type { AccessDeps } from './authorize-patient';
import { representationOf } from './parental-access';

/**
 * Representatives (docs/identity.md): parents and guardians acting for a ward, adults who let someone book
 * for them, and the young person's own say over their parents' medical access. The use cases are split by
 * operation: `add-ward.ts`, `ward-link-code.ts`, `proxy-consent.ts`, `link-approvals.ts`,
 * `my-representatives.ts`; the lists and the end of a link are here.
 */
export interface RepresentativeDeps extends AccessDeps {
  access: AccessStore;
  /** One-time codes and SNILS hashing, as identity does them. */
  identity: Pick<IdentityDeps, 'secrets' | 'clock'>;
}

/** The caller's own patient record; a caller without one has no wards ("not found"). */
export function requirePatient(principal: Principal): string {
  if (!principal.patientId) throw new DomainError(AccessErrorCode.WARD_LINK_NOT_FOUND);
  return principal.patientId;
}

/**
 * A ward as the representative sees it now: a parent's active link to an adult child shows as ended (it
 * ended at 18 by itself), and says whether it still gives medical access (docs/domain.md rule 24).
 */
export function toWardView(record: WardRecord, now: Date): WardView {
  const { wardTimeZone, isMedicalAccessAllowed, ...view } = record;
  if (record.relation === 'consent' || record.status !== 'active') {
    return { ...view, hasMedicalAccess: false };
  }
  const representation = representationOf(
    {
      relation: record.relation,
      wardBirthDate: record.patient.birthDate,
      wardTimeZone,
      isMedicalAccessAllowed,
    },
    now,
  );
  if (representation === 'none') return { ...view, status: 'ended', hasMedicalAccess: false };
  return { ...view, hasMedicalAccess: representation === 'full' };
}

/**
 * The caller's children, wards and adults who let them book. The list shows each person's name and birth
 * date, so reading it is audited for each of them (issue 15 item 7).
 */
export async function listWards(
  deps: RepresentativeDeps,
  principal: Principal,
  input: { origin: RequestOrigin },
): Promise<WardView[]> {
  const me = requirePatient(principal);
  const now = deps.clock.now();
  const records = await deps.access.transaction((repos) => repos.representatives.listWards(me));
  await auditReadsOf(deps, principal, {
    reads: records.map((w) => ({
      patientId: w.patient.id,
      basis: w.relation === 'consent' ? 'booking_consent' : 'representative',
    })),
    action: 'patient.read',
    recordType: 'ward_list',
    origin: input.origin,
  });
  return records.map((record) => toWardView(record, now));
}

/** Ends a link (or a booking consent) the caller holds; someone else's link is "not found". */
export async function endWardLink(
  deps: RepresentativeDeps,
  principal: Principal,
  input: { linkId: string; origin: RequestOrigin },
): Promise<void> {
  const me = requirePatient(principal);
  const now = deps.clock.now();
  await deps.access.transaction(async (repos) => {
    const link = await repos.representatives.findLink(input.linkId);
    let wardId: string;
    if (link && link.representativePatientId === me) {
      if (!(await repos.representatives.setStatus(link.id, 'ended', principal.accountId, now))) {
        throw new DomainError(AccessErrorCode.WARD_LINK_NOT_FOUND);
      }
      wardId = link.wardPatientId;
    } else {
      const ward = (await repos.representatives.listWards(me)).find(
        (w) => w.linkId === input.linkId && w.relation === 'consent',
      );
      if (!ward || !(await repos.representatives.revokeBookingConsent(input.linkId, me, now))) {
        throw new DomainError(AccessErrorCode.WARD_LINK_NOT_FOUND);
      }
      wardId = ward.patient.id;
    }
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: 'patient',
      subjectPatientId: wardId,
      onBehalfOfPatientId: me,
      action: 'representative.end',
      recordType: 'representative_link',
      recordId: input.linkId,
      outcome: 'success',
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      occurredAt: now,
    });
  });
}

/** The ward of one link, as the representative sees it now (after a change of the link). */
export async function wardOfLink(
  deps: RepresentativeDeps,
  representativePatientId: string,
  linkId: string,
): Promise<WardView> {
  const now = deps.clock.now();
  const records = await deps.access.transaction((repos) =>
    repos.representatives.listWards(representativePatientId),
  );
  const record = records.find((r) => r.linkId === linkId);
  if (!record) throw new DomainError(AccessErrorCode.WARD_LINK_NOT_FOUND);
  return toWardView(record, now);
}
