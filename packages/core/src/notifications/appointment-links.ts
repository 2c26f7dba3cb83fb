import type { Principal, RequestOrigin } from '../identity';
import { type Clock, DomainError, formatInZone } from '../shared';
import { type AppointmentLinkAction, verifyAppointmentLink } from './appointment-link-token';
import { NotificationsErrorCode } from './notifications.errors';
import { formatVisitTime } from './visit-payload';
import { zoneLabel } from './zone-label';

/** The visit a link points at, as the link page shows it (no name, no diagnosis). */
export interface LinkedVisit {
  id: string;
  code: string;
  status: string;
  startsAt: Date;
  timeZone: string;
  clinicName: string;
}

export interface AppointmentLinksRepository {
  findVisit(appointmentId: string): Promise<LinkedVisit | null>;
  isUsed(tokenId: string): Promise<boolean>;
  /** Records the use; false when the token was used before (the primary key refuses the second). */
  recordUse(
    tokenId: string,
    appointmentId: string,
    action: AppointmentLinkAction,
    at: Date,
  ): Promise<boolean>;
  /** Undoes a use whose action was refused, so the person can try again (e.g. with a reason). */
  forgetUse(tokenId: string): Promise<void>;
}

export interface AppointmentLinkDeps {
  links: AppointmentLinksRepository;
  clock: Clock;
  key: Uint8Array;
  /**
   * The key of the look-up key being replaced (TALON_LOOKUP_KEY_PREVIOUS): links sent before the change
   * still open while it is configured.
   */
  previousKey?: Uint8Array | null;
  /**
   * The booking use cases acting as the account the link was sent to: the access policy and every booking
   * rule (the cancellation window, status checks, the slot release, audit, messages) apply unchanged; the
   * audit entry names the request's address and browser, as a logged-in one would.
   */
  actions: {
    confirm(accountId: string, appointmentId: string, origin: RequestOrigin): Promise<void>;
    cancel(
      accountId: string,
      appointmentId: string,
      reason: string | null,
      origin: RequestOrigin,
    ): Promise<void>;
  };
}

export interface AppointmentLinkView {
  action: AppointmentLinkAction;
  appointment: {
    id: string;
    code: string;
    status: string;
    start: string;
    timeZone: string;
    zone: string;
    localTime: string;
    clinic: string;
  };
  /** After `change`: where in the web app the person picks a new time (after logging in). */
  redirectTo: string | null;
}

async function open(deps: AppointmentLinkDeps, token: string) {
  const now = deps.clock.now();
  const current = verifyAppointmentLink(token, deps.key, now);
  const verified =
    current.status === 'invalid' && deps.previousKey
      ? verifyAppointmentLink(token, deps.previousKey, now)
      : current;
  if (verified.status === 'invalid') throw new DomainError(NotificationsErrorCode.APPOINTMENT_LINK_INVALID);
  if (verified.status === 'expired') throw new DomainError(NotificationsErrorCode.APPOINTMENT_LINK_EXPIRED);
  const { claims } = verified;
  const visit = await deps.links.findVisit(claims.appointmentId);
  // A genuine link to a visit that is gone says nothing more than a forged one.
  if (!visit) throw new DomainError(NotificationsErrorCode.APPOINTMENT_LINK_INVALID);
  return { claims, visit };
}

function present(
  visit: LinkedVisit,
  action: AppointmentLinkAction,
  status = visit.status,
): AppointmentLinkView {
  return {
    action,
    appointment: {
      id: visit.id,
      code: visit.code,
      status,
      start: formatInZone(visit.startsAt, visit.timeZone),
      timeZone: visit.timeZone,
      zone: zoneLabel(visit.timeZone, visit.startsAt),
      localTime: formatVisitTime(visit.startsAt, visit.timeZone),
      clinic: visit.clinicName,
    },
    redirectTo: action === 'change' ? `/appointments/${visit.id}` : null,
  };
}

/**
 * What a link from a reminder email does (`GET /api/v1/appointment-links/{token}`), without doing it. The
 * token is the credential: anyone holding it may ask.
 */
export async function describeAppointmentLink(
  deps: AppointmentLinkDeps,
  _principal: Principal | null,
  input: { token: string },
): Promise<AppointmentLinkView> {
  const { claims, visit } = await open(deps, input.token);
  if (await deps.links.isUsed(claims.tokenId)) {
    throw new DomainError(NotificationsErrorCode.APPOINTMENT_LINK_USED);
  }
  return present(visit, claims.action);
}

/**
 * Does what the link says, once (`POST`): confirm or cancel the visit as the account it was sent to, or —
 * for `change` — answers where to pick a new time. Expired, tampered and used links are refused. The use is
 * recorded first (the primary key makes two concurrent clicks one); a refused action forgets it again.
 */
export async function useAppointmentLink(
  deps: AppointmentLinkDeps,
  _principal: Principal | null,
  input: { token: string; reason?: string | null; origin: RequestOrigin },
): Promise<AppointmentLinkView> {
  const { claims, visit } = await open(deps, input.token);
  const isFirstUse = await deps.links.recordUse(claims.tokenId, visit.id, claims.action, deps.clock.now());
  if (!isFirstUse) throw new DomainError(NotificationsErrorCode.APPOINTMENT_LINK_USED);
  try {
    if (claims.action === 'confirm') await deps.actions.confirm(claims.accountId, visit.id, input.origin);
    if (claims.action === 'cancel')
      await deps.actions.cancel(claims.accountId, visit.id, input.reason ?? null, input.origin);
  } catch (error) {
    await deps.links.forgetUse(claims.tokenId);
    throw error;
  }
  const after = (await deps.links.findVisit(visit.id)) ?? visit;
  return present(after, claims.action);
}
