import { ownAndWards } from '../booking';
import type { Principal } from '../identity';
import type { WaitlistEntryView } from './waitlist.types';
import type { WaitlistDeps } from './waitlist-deps';

/**
 * The caller's and their wards' entries (waiting, offered, fulfilled, expired; newest first), each with its
 * open offer — slot, clinic-local times and expiry — so the web app can open straight onto the slot.
 */
export async function listWaitlist(deps: WaitlistDeps, principal: Principal): Promise<WaitlistEntryView[]> {
  const patientIds = (await ownAndWards(deps.booking, principal)).map((p) => p.patientId);
  return deps.store.read((repos) => repos.waitlist.listEntries(patientIds, deps.clock.now()));
}
