import { auditAllowed, auditReadsOf, authorizePatient } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { isReferralUsableNow } from './referral-rules';
import { ReferralErrorCode } from './referrals.errors';
import type { ReferralsDeps, ReferralView } from './referrals.types';

/** The most referrals a list shows: a person rarely has more than a handful alive. */
const LIST_LIMIT = 100;

export interface ListReferralsInput {
  /** One person's referrals (a ward's, a patient's at the desk); the caller's and their wards' when absent. */
  patientId?: string;
  specialty?: string;
  /** Only those that can still be used for booking. */
  usable?: boolean;
  origin: RequestOrigin;
}

/**
 * The referrals of the caller and their wards, newest first — or of one person, as the access policy
 * decides, exactly as the list of appointments (another person's list is "not found"; a read of someone
 * else's is audited, rule 17).
 */
export async function listReferrals(
  deps: ReferralsDeps,
  principal: Principal,
  input: ListReferralsInput,
): Promise<ReferralView[]> {
  let patientIds: string[];
  if (input.patientId) {
    const patientId = input.patientId;
    const basis = await authorizePatient(deps.access, principal, patientId, 'read', input.origin);
    patientIds = [patientId];
    if (basis !== 'self') {
      await deps.access.access.transaction((repos) =>
        auditAllowed(repos, principal, {
          action: 'record.read',
          patientId,
          basis,
          origin: input.origin,
          at: deps.clock.now(),
          recordType: 'referral_list',
          recordId: patientId,
        }),
      );
    }
  } else {
    const me = principal.patientId;
    if (!me) throw new DomainError(ReferralErrorCode.REFERRAL_PATIENT_REQUIRED, { field: 'query.patientId' });
    const wards = await deps.store.read((repos) => repos.referrals.wardIds(me));
    patientIds = [me, ...wards];
    // The wards' referrals (with their diagnoses) are read by their representative: audited per ward.
    await auditReadsOf(deps.access, principal, {
      reads: wards.map((wardId) => ({ patientId: wardId, basis: 'representative' })),
      action: 'record.read',
      recordType: 'referral_list',
      origin: input.origin,
    });
  }
  const now = deps.clock.now();
  const records = await deps.store.read((repos) =>
    repos.referrals.list({ patientIds, specialtyCode: input.specialty ?? null, limit: LIST_LIMIT }),
  );
  const views = records.map((record) => ({ ...record, isUsable: isReferralUsableNow(record, now) }));
  return input.usable ? views.filter((view) => view.isUsable) : views;
}
