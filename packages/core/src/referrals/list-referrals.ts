import { auditReadsOf, authorizePatientAccess, type RecordView, representedWards } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { isReferralUsableNow } from './referral-rules';
import { ReferralErrorCode } from './referrals.errors';
import type { ReferralReading, ReferralsDeps, ReferralView } from './referrals.types';

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
): Promise<ReferralReading[]> {
  let readers: { patientId: string; view: RecordView }[];
  if (input.patientId) {
    const patientId = input.patientId;
    const grant = await authorizePatientAccess(deps.access, principal, patientId, 'read', input.origin);
    readers = [{ patientId, view: grant.view }];
    if (grant.basis !== 'self') {
      await auditReadsOf(deps.access, principal, {
        reads: [{ patientId, basis: grant.basis }],
        action: 'record.read',
        recordType: 'referral_list',
        origin: input.origin,
      });
    }
  } else {
    const me = principal.patientId;
    if (!me) throw new DomainError(ReferralErrorCode.REFERRAL_PATIENT_REQUIRED, { field: 'query.patientId' });
    const links = await deps.store.read((repos) => repos.referrals.wardLinks(me));
    readers = [{ patientId: me, view: 'medical' }, ...representedWards(links, deps.clock.now())];
    // The wards' referrals are read by their representative: audited per ward.
    await auditReadsOf(deps.access, principal, {
      reads: readers.slice(1).map((ward) => ({ patientId: ward.patientId, basis: 'representative' })),
      action: 'record.read',
      recordType: 'referral_list',
      origin: input.origin,
    });
  }
  const now = deps.clock.now();
  const views = new Map(readers.map((r) => [r.patientId, r.view]));
  const records = await deps.store.read((repos) =>
    repos.referrals.list({
      patientIds: [...views.keys()],
      specialtyCode: input.specialty ?? null,
      limit: LIST_LIMIT,
    }),
  );
  const readings = records.map((record) =>
    referralFor({ ...record, isUsable: isReferralUsableNow(record, now) }, views.get(record.patientId)!),
  );
  return input.usable ? readings.filter((view) => view.isUsable) : readings;
}

/** A referral in the reader's view: without the diagnosis for a booking view (docs/domain.md rule 24). */
function referralFor(referral: ReferralView, view: RecordView): ReferralReading {
  if (view === 'medical') return referral;
  const { diagnosisCode: _diagnosisCode, ...booking } = referral;
  return booking;
}
