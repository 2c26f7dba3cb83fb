import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { AccessErrorCode } from './access.errors';
import type { AccessRepos, MyRepresentativeRecord } from './access.ports';
import { decidesParentalAccess, representationOf } from './parental-access';
import { type RepresentativeDeps, requirePatient } from './representatives';

/** A representative of the caller, with what the link gives them now. */
export interface MyRepresentativeView extends Omit<MyRepresentativeRecord, 'isMedicalAccessAllowed'> {
  /** The representative reads the caller's medical data now. */
  hasMedicalAccess: boolean;
  /** The caller may allow or withdraw it (a parent's active link, the caller 15–17). */
  canDecide: boolean;
}

async function ownAge(repos: AccessRepos, me: string) {
  const age = await repos.representatives.wardAge(me);
  if (!age) throw new DomainError(AccessErrorCode.WARD_LINK_NOT_FOUND);
  return age;
}

function toView(
  record: MyRepresentativeRecord,
  age: { birthDate: string; timeZone: string },
  now: Date,
): MyRepresentativeView {
  const { isMedicalAccessAllowed, ...view } = record;
  const representation =
    record.status === 'active'
      ? representationOf(
          {
            relation: record.relation,
            wardBirthDate: age.birthDate,
            wardTimeZone: age.timeZone,
            isMedicalAccessAllowed,
          },
          now,
        )
      : 'none';
  return {
    ...view,
    hasMedicalAccess: representation === 'full',
    canDecide:
      record.relation === 'parent' &&
      record.status === 'active' &&
      decidesParentalAccess(age.birthDate, now, age.timeZone),
  };
}

/**
 * The caller's own parents and guardians (open links), and what each may see: from 15 a young person
 * decides whether a parent reads their medical data (323-ФЗ art. 54; docs/domain.md rule 24).
 */
export async function listMyRepresentatives(
  deps: RepresentativeDeps,
  principal: Principal,
): Promise<MyRepresentativeView[]> {
  const me = requirePatient(principal);
  const now = deps.clock.now();
  return deps.access.transaction(async (repos) => {
    const age = await ownAge(repos, me);
    const records = await repos.representatives.listRepresentatives(me);
    return records.map((record) => toView(record, age, now));
  });
}

/**
 * The young person (15–17, with their own account) lets a parent read their medical data, or withdraws
 * it. Booking for them stays with the parent until 18 either way. Recorded as a consent in the audit log.
 */
export async function setRepresentativeMedicalAccess(
  deps: RepresentativeDeps,
  principal: Principal,
  input: { linkId: string; isAllowed: boolean; origin: RequestOrigin },
): Promise<MyRepresentativeView> {
  const me = requirePatient(principal);
  const now = deps.clock.now();
  return deps.access.transaction(async (repos) => {
    const age = await ownAge(repos, me);
    const record = (await repos.representatives.listRepresentatives(me)).find(
      (r) => r.linkId === input.linkId,
    );
    if (!record) throw new DomainError(AccessErrorCode.WARD_LINK_NOT_FOUND);
    if (!toView(record, age, now).canDecide) {
      throw new DomainError(AccessErrorCode.MEDICAL_ACCESS_NOT_DECIDABLE);
    }
    if (!(await repos.representatives.setMedicalAccess(record.linkId, me, input.isAllowed, now))) {
      throw new DomainError(AccessErrorCode.WARD_LINK_NOT_FOUND);
    }
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: 'patient',
      subjectPatientId: me,
      action: input.isAllowed ? 'consent.grant' : 'consent.revoke',
      recordType: 'representative_link',
      recordId: record.linkId,
      outcome: 'success',
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { purpose: 'parent_medical_access' },
      occurredAt: now,
    });
    return toView({ ...record, isMedicalAccessAllowed: input.isAllowed }, age, now);
  });
}
