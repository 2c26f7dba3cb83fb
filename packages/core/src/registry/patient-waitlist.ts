import { auditAllowed, authorizePatient, registryScopeOf } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { cancelWaitlistEntry, enqueueRemovedAtDeskMessage, WaitlistErrorCode } from '../waitlist';
import { type DeskWaitlistEntry, deskWaitlist } from './desk-waitlist';
import { RegistryErrorCode } from './registry.errors';
import type { RegistryPatientDeps } from './registry.ports';

/** The patient's entries (newest first), each marked whether the desk may take it off (unaudited). */
async function entriesAtDesk(
  deps: RegistryPatientDeps,
  principal: Principal,
  patientId: string,
): Promise<DeskWaitlistEntry[]> {
  const now = deps.access.clock.now();
  const entries = await deps.waitlist.store.read((repos) => repos.waitlist.listEntries([patientId], now));
  const clinicIds = [...new Set(entries.flatMap((entry) => entry.organization?.id ?? []))];
  const regions = await deps.registry.transaction(async (repos) => {
    const pairs = await Promise.all(
      clinicIds.map(async (id) => [id, await repos.walkIns.regionOf(id)] as const),
    );
    return new Map(pairs);
  });
  return deskWaitlist(entries, registryScopeOf(principal), regions);
}

/**
 * The patient's waitlist entries on the desk's patient page (issue 13 item 1): specialty, clinic, since
 * when, status. The page's scope (a patient of another clinic only once found by an exact identifier and
 * known there, docs/identity.md) is the card's; a refusal is 404 and `access.denied`. Audited as a read.
 */
export async function listPatientWaitlist(
  deps: RegistryPatientDeps,
  principal: Principal,
  input: { patientId: string; origin: RequestOrigin },
): Promise<DeskWaitlistEntry[]> {
  const { patientId, origin } = input;
  const basis = await authorizePatient(deps.access, principal, patientId, 'read', origin);
  const entries = await entriesAtDesk(deps, principal, patientId);
  const at = deps.access.clock.now();
  await deps.access.access.transaction((repos) =>
    auditAllowed(repos, principal, {
      action: 'record.read',
      patientId,
      basis,
      origin,
      at,
      recordType: 'waitlist',
    }),
  );
  return entries;
}

/**
 * The desk takes an entry off the list on the caller's request, as the patient's own «Покинуть» would (an
 * open offer passes to the next patient), tells the patient by email and in the app, and audits it
 * (`waitlist.remove`). Only entries at the desk's clinics (`CLINIC_OUT_OF_SCOPE` otherwise); an entry that
 * is not the patient's, or is no longer on the list, is not found.
 */
export async function removePatientWaitlistEntry(
  deps: RegistryPatientDeps,
  principal: Principal,
  input: { patientId: string; entryId: string; origin: RequestOrigin },
): Promise<void> {
  const { patientId, entryId, origin } = input;
  const basis = await authorizePatient(deps.access, principal, patientId, 'read', origin);
  const entry = (await entriesAtDesk(deps, principal, patientId)).find((e) => e.id === entryId);
  if (entry && !entry.isAtDesk) {
    throw new DomainError(RegistryErrorCode.CLINIC_OUT_OF_SCOPE, { field: 'path.entryId' });
  }
  if (!entry?.isRemovable) throw new DomainError(WaitlistErrorCode.WAITLIST_ENTRY_NOT_FOUND);
  const now = deps.access.clock.now();
  await deps.waitlist.store.transaction(async (repos) => {
    const stored = await repos.waitlist.findEntry(entryId);
    if (!stored || !(await cancelWaitlistEntry(repos, deps.waitlist.policy, entryId, now))) {
      throw new DomainError(WaitlistErrorCode.WAITLIST_ENTRY_NOT_FOUND);
    }
    await enqueueRemovedAtDeskMessage(repos, stored, {
      specialty: entry.specialty.name,
      clinic: entry.organization?.name ?? '',
    });
  });
  // Written once the removal is committed: the waitlist's unit of work has no audit log of its own.
  await deps.access.access.transaction((repos) =>
    auditAllowed(repos, principal, {
      action: 'waitlist.remove',
      patientId,
      basis,
      origin,
      at: now,
      recordType: 'waitlist_entry',
      recordId: entryId,
      details: { organizationId: entry.organization?.id, specialtyCode: entry.specialty.code },
    }),
  );
}
