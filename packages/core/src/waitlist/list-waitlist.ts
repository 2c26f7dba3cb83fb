import { auditReadsOf } from '../access';
import { ownAndWards } from '../booking';
import type { Principal, RequestOrigin } from '../identity';
import type { WaitlistEntryView } from './waitlist.types';
import type { WaitlistDeps } from './waitlist-deps';

/**
 * The caller's and their wards' entries (waiting, offered, fulfilled, expired; newest first), each with its
 * open offer — slot, clinic-local times and expiry — so the web app can open straight onto the slot. The
 * wards' entries are read by their representative: audited per ward.
 */
export async function listWaitlist(
  deps: WaitlistDeps,
  principal: Principal,
  input: { origin: RequestOrigin },
): Promise<WaitlistEntryView[]> {
  const patientIds = (await ownAndWards(deps.booking, principal)).map((p) => p.patientId);
  await auditReadsOf(deps.booking.access, principal, {
    reads: patientIds.slice(1).map((wardId) => ({ patientId: wardId, basis: 'representative' })),
    action: 'record.read',
    recordType: 'waitlist',
    origin: input.origin,
  });
  return deps.store.read((repos) => repos.waitlist.listEntries(patientIds, deps.clock.now()));
}
