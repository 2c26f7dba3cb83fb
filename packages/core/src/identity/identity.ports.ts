import type { AuditLog } from '../audit';
import type { OutgoingMessage } from '../messaging';
import type { Clock, PersonFields } from '../shared';
import type {
  Account,
  OneTimeCode,
  OneTimeCodePurpose,
  RequestOrigin,
  Role,
  RoleGrant,
  Session,
} from './identity.types';
import type { ThrottleFacts } from './login-throttle';

export interface NewAccount {
  displayName: string;
  patientId: string | null;
  practitionerId?: string | null;
  phone: string | null;
  email: string | null;
  snilsHash: string | null;
  passwordHash: string | null;
  roles: RoleGrant[];
}

export interface AccountRepository {
  findById(id: string): Promise<Account | null>;
  /**
   * Accounts matching any of the given identifiers (a login may be a phone or a SNILS); a SNILS as every
   * hash it may be stored under (`IdentitySecrets.snilsLookupHashes`).
   */
  findByIdentifiers(ids: {
    email?: string | null;
    phone?: string | null;
    snilsHashes?: readonly string[];
  }): Promise<Account[]>;
  create(account: NewAccount): Promise<Account>;
  setLoginFailures(id: string, state: { failedLoginCount: number; lockedUntil: Date | null }): Promise<void>;
  setPassword(id: string, passwordHash: string, at: Date): Promise<void>;
  setTotp(id: string, state: { secret: string | null; enabledAt: Date | null }): Promise<void>;
  setSmsMfa(id: string, enabled: boolean): Promise<void>;
  /** Records the TOTP step just used; false when that step (or a later one) was already used: a replay. */
  useTotpStep(id: string, step: number): Promise<boolean>;
}

/** The clinic's patient rows, as far as registration needs them. */
export interface PatientRegistry {
  /** The patient whose SNILS hash is one of `snilsHashes` (`IdentitySecrets.snilsLookupHashes`). */
  findBySnilsHash(snilsHashes: readonly string[]): Promise<{ id: string; birthDate: string } | null>;
  create(
    patient: PersonFields & { snils: string; oms: string | null; phone: string; email: string | null },
  ): Promise<string>;
  /** Fills contact fields the clinic did not have; never overwrites what it has. */
  fillContacts(id: string, contacts: { phone: string; email: string | null }): Promise<void>;
}

export interface PendingRegistration<P> {
  id: string;
  payload: P;
  consentVersion: string;
  createdAt: Date;
  expiresAt: Date;
  completedAt: Date | null;
}

export interface RegistrationRepository {
  create<P>(registration: {
    snilsHash: string;
    phone: string;
    payload: P;
    consentVersion: string;
    expiresAt: Date;
  }): Promise<string>;
  find<P>(id: string): Promise<PendingRegistration<P> | null>;
  /** The newest registration for the phone that is neither completed nor expired at `now`. */
  findOpenByPhone<P>(phone: string, now: Date): Promise<PendingRegistration<P> | null>;
  /**
   * Replaces the form of an open registration (the person went back and changed it); false when it was
   * completed meanwhile.
   */
  replacePayload<P>(
    id: string,
    change: { snilsHash: string; payload: P; consentVersion: string },
  ): Promise<boolean>;
  /** Conditional: false when another request completed it first. */
  complete(id: string, accountId: string, at: Date): Promise<boolean>;
}

export interface CodeRepository {
  create(code: {
    purpose: OneTimeCodePurpose;
    subjectId: string;
    channel: 'sms' | 'email';
    codeHash: string;
    expiresAt: Date;
  }): Promise<OneTimeCode>;
  /** The subject's codes created after `since`, newest first. */
  recent(purpose: OneTimeCodePurpose, subjectId: string, since: Date): Promise<OneTimeCode[]>;
  findById(id: string): Promise<OneTimeCode | null>;
  /**
   * Counts a wrong entry atomically (parallel guesses cannot share one count); the entry that reaches
   * `maxAttempts` kills the code at `at`.
   */
  recordWrongEntry(id: string, at: Date, maxAttempts: number): Promise<{ attempts: number; isDead: boolean }>;
  /** Conditional: false when the code was already used (two requests racing). */
  consume(id: string, at: Date): Promise<boolean>;
  /** Ends the subject's live codes without a cool-down (what they unlocked has changed). */
  retire(purpose: OneTimeCodePurpose, subjectId: string, at: Date): Promise<void>;
}

export interface NewSession
  extends Pick<
    Session,
    | 'accountId'
    | 'transport'
    | 'csrfToken'
    | 'mfaPending'
    | 'method'
    | 'idleTimeoutSeconds'
    | 'createdAt'
    | 'expiresAt'
  > {
  tokenHash: string;
  origin: RequestOrigin;
}

export interface SessionRepository {
  create(session: NewSession): Promise<Session>;
  findByTokenHash(tokenHash: string): Promise<Session | null>;
  /** The session of a token with its account (and the account's roles), in one statement. */
  findWithAccount(tokenHash: string): Promise<{ session: Session; account: Account } | null>;
  findByIds(ids: readonly string[]): Promise<Session[]>;
  touch(id: string, at: Date): Promise<void>;
  /** Replaces the token (a new session id after the second factor) and clears `mfaPending`. */
  promote(
    id: string,
    change: { tokenHash: string; method: string; at: Date; expiresAt: Date },
  ): Promise<void>;
  end(id: string, reason: string, at: Date): Promise<void>;
  endAll(accountId: string, reason: string, at: Date): Promise<number>;
  listActive(accountId: string, now: Date): Promise<Session[]>;
  /**
   * Whether the account signed in from this user agent before, in any full session other than `exceptId`:
   * `first` when it has no other full session at all (the one opened at registration is the first).
   */
  deviceHistory(accountId: string, userAgent: string, exceptId: string): Promise<'known' | 'new' | 'first'>;
}

/**
 * Who failed to log in: a known account, or the keyed hash of a login that names no account (so an unknown
 * login is throttled exactly like a known one, and the answers tell nobody which accounts exist).
 */
export type LoginSubject =
  | { accountId: string; loginHash?: undefined }
  | { accountId?: undefined; loginHash: string };

export interface LoginFailureRepository {
  record(subject: LoginSubject, ip: string, at: Date): Promise<void>;
  facts(
    subject: LoginSubject,
    ip: string,
    now: Date,
    addressWindowSeconds: number,
  ): Promise<Omit<ThrottleFacts, 'lockedUntil'>>;
  /** An unknown login's failures kept (they stand for the consecutive failures of an account) and the last. */
  unknownLoginFailures(loginHash: string): Promise<{ count: number; lastAt: Date | null }>;
}

export interface RecoveryCodeRepository {
  replaceAll(accountId: string, codeHashes: string[]): Promise<void>;
  /** Conditional: marks the code used and returns true only once. */
  use(accountId: string, codeHash: string, at: Date): Promise<boolean>;
  countUnused(accountId: string): Promise<number>;
}

export interface ConsentRepository {
  grant(consent: {
    patientId: string;
    accountId: string | null;
    purpose: 'personal_data' | 'data_sharing' | 'booking_on_behalf';
    textVersion: string;
    /** For a booking consent: the person allowed to book on the patient's behalf. */
    granteePatientId?: string | null;
    at: Date;
    origin: RequestOrigin;
  }): Promise<string>;
}

/** Links between accounts and the subjects of external identity providers (OpenID Connect). */
export interface ExternalIdentityRepository {
  /** The account linked to the provider's subject, or null. */
  findAccountId(provider: string, subject: string): Promise<string | null>;
  /** Links the subject to the account; false when the subject was already linked (a parallel login). */
  link(accountId: string, provider: string, subject: string): Promise<boolean>;
}

/** The outbox as identity writes to it, inside the use case's transaction. */
export interface OutboxPort {
  enqueue(message: OutgoingMessage): Promise<{ id: string; isNew: boolean }>;
}

/** Everything one identity transaction may touch. */
export interface IdentityRepos {
  accounts: AccountRepository;
  patients: PatientRegistry;
  registrations: RegistrationRepository;
  codes: CodeRepository;
  sessions: SessionRepository;
  loginFailures: LoginFailureRepository;
  recoveryCodes: RecoveryCodeRepository;
  consents: ConsentRepository;
  externalIdentities: ExternalIdentityRepository;
  outbox: OutboxPort;
  audit: AuditLog;
}

/** Runs work in one database transaction; messages written to the outbox go out after it commits. */
export interface IdentityStore {
  transaction<T>(work: (repos: IdentityRepos) => Promise<T>): Promise<T>;
  /** Statements outside a transaction, each on its own: for the per-request session look-up. */
  read<T>(work: (repos: IdentityRepos) => Promise<T>): Promise<T>;
}

/** Cryptography the rules need, kept behind a port so core stays free of native modules. */
export interface IdentitySecrets {
  hashPassword(password: string): Promise<string>;
  /** Verifies against a dummy hash when `hash` is null, so unknown logins take as long as known ones. */
  verifyPassword(hash: string | null, password: string): Promise<boolean>;
  newCode(): string;
  /** Keyed hash of a one-time or recovery code. */
  hashCode(code: string): string;
  /** Constant-time comparison of two hashes. */
  hashesEqual(a: string, b: string): boolean;
  newToken(): string;
  hashToken(token: string): string;
  /** The keyed hash a SNILS is stored under (docs/domain.md rule 18). */
  snilsHash(snils: string): string;
  /**
   * Every hash a stored SNILS may have: the current look-up key's and, while `npm run keys:rotate` re-hashes
   * (TALON_LOOKUP_KEY_PREVIOUS), the previous key's. Look-ups use these, writes `snilsHash`.
   */
  snilsLookupHashes(snils: string): string[];
  /** Keyed hash of an identifier (a normalised login), for look-ups that must not keep it in clear. */
  lookupHash(text: string): string;
  newRecoveryCodes(count: number): string[];
  totp: {
    newSecret(): string;
    /** The 30-second step the code belongs to (one step of clock drift allowed either way), or null. */
    verify(secret: string, code: string, at: Date): number | null;
    uri(secret: string, label: string): string;
  };
  commonPasswords: ReadonlySet<string>;
}

/**
 * Limits on requests that send a one-time code or a notice — registration, resend, password recovery, the
 * SMS second factor (issue 15, item 4) — per destination (phone or e-mail), per client address and for
 * the whole installation, counted where every server process sees them.
 */
export interface CodeRequestLimits {
  /** Counts one request; null when it may go ahead, else the seconds to wait. */
  take(request: { destination: string | null; ip: string }): Promise<number | null>;
}

export interface IdentityDeps {
  store: IdentityStore;
  secrets: IdentitySecrets;
  clock: Clock;
  limits: CodeRequestLimits;
  /** Version of the consent text shown at registration. */
  consentVersion: string;
}

export type { Role };
