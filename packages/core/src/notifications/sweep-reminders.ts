import { buildDedupeKey, type OutgoingMessage } from '../messaging';
import type { Clock } from '../shared';
import { signAppointmentLink } from './appointment-link-token';
import { isChannelAllowed } from './channel-selection';
import type { PlannedReminder, ReminderCandidate, RemindersRepository } from './notifications.ports';
import {
  DEFAULT_PREFERENCES,
  REMINDER_KINDS,
  type ReminderKind,
  type ReminderOffsets,
} from './notifications.types';
import { REMINDER_CHANNEL, reminderSweepWindow, reminderTime } from './reminder-schedule';
import { visitPayload } from './visit-payload';

export interface ReminderSweepDeps {
  reminders: RemindersRepository;
  clock: Clock;
  offsets: ReminderOffsets;
  /** How far past now a run plans (at least the interval between runs). */
  lookaheadMinutes: number;
  /** Visits per transaction. */
  batchSize: number;
  /** Batches per kind and run; the next run goes on where this one stopped. */
  maxBatches: number;
  /** The signed links of the reminder email: HMAC key and the public address of the web app. */
  links: { key: Uint8Array; baseUrl: string };
  /**
   * The accounts among `accountIds` with a Web Push subscription. Push reminders are planned only when
   * this is given: until the push channel is wired, no push row is written that nobody could deliver.
   */
  pushSubscribers?: (accountIds: readonly string[]) => Promise<ReadonlySet<string>>;
}

export type ReminderSweepReport = Record<ReminderKind, { planned: number; queued: number }>;

function linksFor(deps: ReminderSweepDeps, candidate: ReminderCandidate, accountId: string) {
  const url = (action: 'confirm' | 'cancel' | 'change') =>
    `${deps.links.baseUrl}/appointment-links/${signAppointmentLink(
      { appointmentId: candidate.appointmentId, action, accountId, expiresAt: candidate.startsAt },
      deps.links.key,
    )}`;
  return { confirmUrl: url('confirm'), changeUrl: url('change'), cancelUrl: url('cancel') };
}

/** One visit's reminder of the kind: the message and its time, or a skipped one (message null). */
function planOne(
  deps: ReminderSweepDeps,
  kind: ReminderKind,
  candidate: ReminderCandidate,
  now: Date,
  pushAccounts: ReadonlySet<string>,
): PlannedReminder {
  const skipped = { appointmentId: candidate.appointmentId, message: null, dueAt: null };
  const { recipient } = candidate;
  const preferences = recipient.preferences ?? DEFAULT_PREFERENCES;
  const channel = REMINDER_CHANNEL[kind];
  if (!isChannelAllowed('reminder', channel, preferences)) return skipped;
  const address =
    channel === 'sms'
      ? recipient.phone
      : channel === 'email'
        ? (recipient.email?.toLowerCase() ?? null)
        : recipient.accountId && pushAccounts.has(recipient.accountId)
          ? recipient.accountId
          : null;
  if (!address) return skipped;
  const time = reminderTime(kind, {
    startsAt: candidate.startsAt,
    now,
    offsets: deps.offsets,
    preferences,
    timeZone: preferences.timeZone ?? candidate.clinicTimeZone,
  });
  if ('skipped' in time) return skipped;
  const payload = {
    ...visitPayload({
      appointmentId: candidate.appointmentId,
      code: candidate.code,
      startsAt: candidate.startsAt,
      timeZone: candidate.clinicTimeZone,
      clinicName: candidate.clinicName,
      clinicAddress: candidate.clinicAddress,
      room: candidate.room,
      specialtyName: candidate.specialtyName,
      visitType: candidate.visitType,
    }),
    ...(channel === 'email' && recipient.accountId ? linksFor(deps, candidate, recipient.accountId) : {}),
  };
  const event = `reminder.${kind}`;
  const message: OutgoingMessage = {
    event,
    channel,
    recipient: address,
    accountId: recipient.accountId,
    template: 'appointment_reminder',
    payload,
    dedupeKey: buildDedupeKey({ event, eventId: candidate.appointmentId, channel, recipient: address }),
    notBefore: time.dueAt,
  };
  return { appointmentId: candidate.appointmentId, message, dueAt: time.dueAt };
}

/**
 * The reminder sweep (docs/domain.md rule 21, issue 5 item 6): for each kind, the upcoming visits entering its
 * window get their reminder planned — one idempotent outbox row due at its time (the outbox delivers it
 * then) and a ledger row, batch by batch. A visit is planned once per kind, so a day of a million
 * reminders is a long list of small transactions, never one big one, and a second worker plans nothing
 * twice. Cancelled visits are not upcoming (never planned), and a cancellation drops pending ones. The
 * system's own job: no principal.
 */
export async function sweepReminders(
  deps: ReminderSweepDeps,
  _principal: null,
): Promise<ReminderSweepReport> {
  const report = Object.fromEntries(
    REMINDER_KINDS.map((k) => [k, { planned: 0, queued: 0 }]),
  ) as ReminderSweepReport;
  for (const kind of REMINDER_KINDS) {
    if (kind === 'push_2h' && !deps.pushSubscribers) continue;
    for (let batch = 0; batch < deps.maxBatches; batch++) {
      const now = deps.clock.now();
      const window = reminderSweepWindow(kind, now, deps.offsets, deps.lookaheadMinutes);
      const candidates = await deps.reminders.findUnplanned(kind, window.from, window.to, deps.batchSize);
      if (!candidates.length) break;
      const accountIds = candidates.flatMap((c) => (c.recipient.accountId ? [c.recipient.accountId] : []));
      const pushAccounts =
        kind === 'push_2h' && deps.pushSubscribers
          ? await deps.pushSubscribers(accountIds)
          : new Set<string>();
      const planned = candidates.map((c) => planOne(deps, kind, c, now, pushAccounts));
      report[kind].planned += await deps.reminders.planBatch(kind, planned);
      report[kind].queued += planned.filter((p) => p.message).length;
      if (candidates.length < deps.batchSize) break;
    }
  }
  return report;
}

const HOUR = 3_600_000;
/** How far ahead demo mode looks for the visit whose reminder email it sends now (the booking horizon). */
const DEMO_HORIZON_DAYS = 60;

/**
 * Demo mode and browser tests: one upcoming visit's 3-day reminder email — the same message, links and
 * ledger row the sweep writes — planned as if it were 72 hours before the visit and due now, so the signed
 * links can be tried without waiting for the window. False when the visit is not upcoming, already has its
 * email, or its person gets no email.
 */
export async function sendReminderEmailNow(deps: ReminderSweepDeps, appointmentId: string): Promise<boolean> {
  const now = deps.clock.now();
  const [candidate] = await deps.reminders.findUnplanned(
    'email_3d',
    now,
    new Date(now.getTime() + DEMO_HORIZON_DAYS * 24 * HOUR),
    1,
    appointmentId,
  );
  if (!candidate) return false;
  const sweepTime = new Date(candidate.startsAt.getTime() - deps.offsets.emailHours * HOUR);
  const planned = planOne(deps, 'email_3d', candidate, sweepTime, new Set());
  if (!planned.message) return false;
  const dueNow: PlannedReminder = { ...planned, message: { ...planned.message, notBefore: now }, dueAt: now };
  return (await deps.reminders.planBatch('email_3d', [dueNow])) === 1;
}

/**
 * At send time (the deliver job): a reminder of a visit that is no longer upcoming — cancelled, moved,
 * started — must not go out (docs/domain.md rule 21), whatever happened since it was planned. Other messages pass.
 */
export async function isReminderStillDue(
  reminders: Pick<RemindersRepository, 'isVisitUpcoming'>,
  message: { event: string; payload: Record<string, string> },
  now: Date,
): Promise<boolean> {
  if (!message.event.startsWith('reminder.')) return true;
  const appointmentId = message.payload.appointmentId;
  return Boolean(appointmentId) && (await reminders.isVisitUpcoming(appointmentId!, now));
}
