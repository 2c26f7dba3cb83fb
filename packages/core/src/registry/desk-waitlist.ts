import { isInRegistryScope, type RegistryScope } from '../access';
import type { WaitlistEntryView } from '../waitlist';

/** A patient's waitlist entry as the desk sees it. */
export interface DeskWaitlistEntry extends WaitlistEntryView {
  /** It waits at one of the desk's clinics. */
  isAtDesk: boolean;
  /** The desk may take it off the list: at one of its clinics and still on the list. */
  isRemovable: boolean;
}

/** Statuses of an entry still on the list: the desk may remove only these. */
const ON_THE_LIST: ReadonlySet<WaitlistEntryView['status']> = new Set(['waiting', 'offered']);

/**
 * The desk acts only for its clinics (docs/registry.md): an entry is the desk's when it waits at one of the
 * clinics of the caller's registry scope. Entries elsewhere, and entries naming no clinic (any clinic of the
 * patient's region), are shown read-only: the caller leaves them in the app or at that clinic's desk.
 * `regionOf` maps each entry's clinic to its region (null: no such clinic).
 */
export function deskWaitlist(
  entries: readonly WaitlistEntryView[],
  scope: RegistryScope | null,
  regionOf: ReadonlyMap<string, string | null>,
): DeskWaitlistEntry[] {
  return entries.map((entry) => {
    const isAtDesk =
      scope !== null &&
      entry.organization !== null &&
      isInRegistryScope(scope, {
        organizationId: entry.organization.id,
        regionCode: regionOf.get(entry.organization.id) ?? null,
      });
    return { ...entry, isAtDesk, isRemovable: isAtDesk && ON_THE_LIST.has(entry.status) };
  });
}
