import type { OutgoingMessage } from '../messaging';
import type { VisitType } from '../scheduling';
import type { NotificationPreferences, ReminderKind } from './notifications.types';

/** Stored preferences of accounts. */
export interface PreferencesRepository {
  /** The stored choice, or null when the person never changed anything (the defaults apply). */
  find(accountId: string): Promise<NotificationPreferences | null>;
  save(accountId: string, preferences: NotificationPreferences, at: Date): Promise<void>;
  /** The zone of the person's clinic of attachment, null when unattached. */
  attachmentTimeZone(accountId: string): Promise<string | null>;
}

/** Where messages about a patient's visits go: the patient's account, or the representative's for a ward. */
export interface MessageRecipient {
  accountId: string | null;
  phone: string | null;
  email: string | null;
  /** Null when never changed: the defaults apply. */
  preferences: NotificationPreferences | null;
}

export interface AppointmentRecipientsPort {
  /** The recipient of messages about the patient's visits (`bookedByAccountId`: the booking account). */
  forPatient(patientId: string, bookedByAccountId: string | null): Promise<MessageRecipient>;
}

/** The outbox as the messages about a visit write to it: every channel of one event in one statement. */
export interface AppointmentOutboxPort {
  /** Writes the messages (none for an empty list); a dedupe key already stored writes nothing. */
  enqueueAll(messages: OutgoingMessage[]): Promise<unknown>;
}

/** An upcoming visit without a planned reminder of the kind, with what the message needs. */
export interface ReminderCandidate {
  appointmentId: string;
  startsAt: Date;
  code: string;
  clinicName: string;
  clinicAddress: string | null;
  clinicTimeZone: string;
  room: string | null;
  specialtyName: string;
  /** A video visit's reminder carries the room's link instead of the address. */
  visitType: VisitType;
  recipient: MessageRecipient;
}

/** One planned reminder: the message (null when it is skipped) and its time. */
export interface PlannedReminder {
  appointmentId: string;
  message: OutgoingMessage | null;
  dueAt: Date | null;
}

export interface RemindersRepository {
  /** Booked or confirmed visits starting in (from, to] with no planned reminder of the kind, by start. */
  /** `appointmentId`: only that visit (demo mode's «send the reminder email now»). */
  findUnplanned(
    kind: ReminderKind,
    from: Date,
    to: Date,
    limit: number,
    appointmentId?: string,
  ): Promise<ReminderCandidate[]>;
  /**
   * Records the reminders in the ledger and writes their messages to the outbox, in one transaction; a
   * visit planned meanwhile by another run is left alone. Returns how many were newly planned.
   */
  planBatch(kind: ReminderKind, reminders: readonly PlannedReminder[]): Promise<number>;
  /**
   * At send time: is the visit of a reminder still upcoming (booked or confirmed, not started)? False too
   * when the visit is gone.
   */
  isVisitUpcoming(appointmentId: string, now: Date): Promise<boolean>;
}
