import { BookingErrorCode, resolveBookingActor, russianDate } from '../booking';
import { DirectoryErrorCode } from '../directory';
import type { Principal, RequestOrigin } from '../identity';
import { addDays, DomainError, localDate } from '../shared';
import { WaitlistErrorCode } from './waitlist.errors';
import type { WaitlistEntryView, WaitlistReason } from './waitlist.types';
import type { WaitlistDeps } from './waitlist-deps';

/**
 * Russia's westernmost (UTC+2) and easternmost (UTC+12) zones bound "today" for a clinic anywhere: once the
 * westernmost zone's date is past a day, no clinic in Russia has that day left.
 */
export const EARLIEST_ZONE = 'Europe/Kaliningrad';
const LATEST_ZONE = 'Asia/Kamchatka';

export interface JoinWaitlistInput {
  specialty: string;
  practitionerId?: string;
  organizationId?: string;
  /** Clinic-local dates `YYYY-MM-DD`, inclusive. */
  from: string;
  to: string;
  reason: WaitlistReason;
  patientId?: string;
  origin: RequestOrigin;
}

/**
 * The window rules: `from` ≤ `to`, not before today (in the westernmost zone, so no clinic's today is
 * refused), and ending within the longest booking horizon (30 days) of today in the easternmost zone.
 */
export function checkWindow(from: string, to: string, now: Date, maxWindowDays: number): void {
  if (to < from) {
    throw new DomainError(WaitlistErrorCode.WAITLIST_WINDOW_INVALID, { field: 'body.to' });
  }
  if (from < localDate(now, EARLIEST_ZONE)) {
    throw new DomainError(WaitlistErrorCode.WAITLIST_WINDOW_IN_PAST, { field: 'body.from' });
  }
  const last = addDays(localDate(now, LATEST_ZONE), maxWindowDays);
  if (to > last) {
    throw new DomainError(WaitlistErrorCode.WAITLIST_WINDOW_TOO_LONG, {
      field: 'body.to',
      params: { days: maxWindowDays, last: russianDate(last) },
    });
  }
}

/**
 * Puts the caller or a ward on the waitlist (лист ожидания) of a specialty, optionally of one practitioner
 * or clinic, for a window of days. Who may be put on the list follows booking's access rules (a ward, or an
 * adult who consented). Under the patient's row lock: at most `maxActiveEntries` waiting entries, one per
 * specialty and target (the database's unique index is the backstop).
 */
export async function joinWaitlist(
  deps: WaitlistDeps,
  principal: Principal,
  input: JoinWaitlistInput,
): Promise<WaitlistEntryView> {
  const now = deps.clock.now();
  const actor = await resolveBookingActor(deps.booking, principal, input.patientId, input.origin);
  checkWindow(input.from, input.to, now, deps.policy.waitlist.maxWindowDays);
  const practitionerId = input.practitionerId ?? null;
  const organizationId = input.organizationId ?? null;
  await deps.store.read(async (repos) => {
    if (!(await repos.waitlist.specialtyAgeGroup(input.specialty))) {
      throw new DomainError(DirectoryErrorCode.UNKNOWN_SPECIALTY, {
        field: 'body.specialty',
        params: { code: input.specialty },
      });
    }
    if (
      (practitionerId || organizationId) &&
      !(await repos.waitlist.targetExists(input.specialty, practitionerId, organizationId))
    ) {
      throw new DomainError(WaitlistErrorCode.WAITLIST_TARGET_NOT_FOUND, {
        field: practitionerId ? 'body.practitionerId' : 'body.organizationId',
      });
    }
  });
  return deps.store.transaction(async (repos) => {
    if (!(await repos.booking.lockPatient(actor.patientId))) {
      throw new DomainError(BookingErrorCode.PATIENT_REQUIRED);
    }
    const max = deps.policy.waitlist.maxActiveEntries;
    if ((await repos.waitlist.countActive(actor.patientId)) >= max) {
      throw new DomainError(WaitlistErrorCode.WAITLIST_LIMIT, { params: { max } });
    }
    const inserted = await repos.waitlist.insertEntry(
      {
        patientId: actor.patientId,
        createdByAccountId: principal.accountId,
        specialtyCode: input.specialty,
        practitionerId,
        organizationId,
        dateFrom: input.from,
        dateTo: input.to,
        reason: input.reason,
      },
      now,
    );
    if (inserted === 'duplicate') {
      throw new DomainError(WaitlistErrorCode.WAITLIST_DUPLICATE, { field: 'body.specialty' });
    }
    const [view] = (await repos.waitlist.listEntries([actor.patientId], now)).filter(
      (e) => e.id === inserted.id,
    );
    return view!;
  });
}
