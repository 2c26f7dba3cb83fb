import type { OutboxPort } from '../identity';
import type { Clock } from '../shared';
import type { StoredFilesRepository } from '../uploads';
import type {
  ExpiringQualificationView,
  QualificationChangeView,
  QualificationFields,
  QualificationStatus,
  QualificationView,
} from './qualifications.types';

/** An accreditation near its end with whom to tell and how (read by the reminder sweep). */
export interface AccreditationToRemind {
  id: string;
  validUntil: string;
  specialtyName: string;
  /** The practitioner's clinic's zone (their first active role's), which decides "today". */
  timeZone: string;
  accountId: string;
  phone: string | null;
  channels: { sms: boolean; push: boolean; in_app: boolean };
}

export interface QualificationsRepository {
  /** The practitioner's documents, by type, then the latest period first. */
  listOwn(practitionerId: string): Promise<QualificationView[]>;
  find(id: string): Promise<QualificationView | null>;
  /** The zone of the practitioner's first active clinic (Europe/Moscow without one). */
  timeZoneOf(practitionerId: string): Promise<string>;
  /** The specialty's name, or null when the code is not in the reference list. */
  specialtyName(code: string): Promise<string | null>;
  /** Inserts; a period overlapping another of the same type and specialty → QUALIFICATION_PERIOD_OVERLAP. */
  create(
    input: QualificationFields & { practitionerId: string; status: QualificationStatus; at: Date },
  ): Promise<string>;
  /** Updates in place (same overlap refusal). */
  update(id: string, input: QualificationFields & { status: QualificationStatus; at: Date }): Promise<void>;
  recordChange(change: {
    qualificationId: string;
    accountId: string | null;
    at: Date;
    before: Record<string, unknown> | null;
    after: Record<string, unknown>;
  }): Promise<void>;
  /** The journal of the practitioner's documents, newest first. */
  listChanges(practitionerId: string): Promise<QualificationChangeView[]>;
  /**
   * Accreditations whose last day is in [from, to] and that no later accreditation of the same specialty
   * follows; `id` narrows to one document.
   */
  toRemind(from: string, to: string, id?: string): Promise<AccreditationToRemind[]>;
  /** Accreditations of practitioners working at these clinics (null: all) ending in [from, to], soonest first. */
  expiring(
    organizationIds: readonly string[] | null,
    from: string,
    to: string,
  ): Promise<(Omit<ExpiringQualificationView, 'daysLeft'> & { timeZone: string })[]>;
}

export interface QualificationsRepos {
  qualifications: QualificationsRepository;
  storedFiles: StoredFilesRepository;
  outbox: OutboxPort;
}

export interface QualificationsStore {
  transaction<T>(work: (repos: QualificationsRepos) => Promise<T>): Promise<T>;
}

export interface QualificationsDeps {
  store: QualificationsStore;
  clock: Clock;
}
