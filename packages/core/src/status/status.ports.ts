import type { AuditLog } from '../audit';
import type { Clock, TransactionalStore } from '../shared';
import type {
  ChannelCounts,
  CheckResult,
  Incident,
  IncidentSeverity,
  IncidentStatus,
  RecentCounts,
  StatusComponentId,
} from './status.types';

/** The live checks of the process, made by the API (files, the database, the identity provider, its metrics). */
export interface StatusProbes {
  /** The built web app is there to be served. */
  webApp(): Promise<CheckResult>;
  /** A ping with a timeout: a timeout is `ok: false`. */
  database(): Promise<CheckResult>;
  /** The identity provider's discovery document; null when none is configured. */
  identityProvider(): Promise<CheckResult | null>;
  /** Requests of the recent window and their 5xx answers: all API routes, or the booking routes. */
  requests(group: 'api' | 'booking', windowMinutes: number): RecentCounts;
}

export interface StatusRepository {
  /** Per channel (sms, email, push), the outbox's messages of the window: sent, failed, dead. */
  deliveryCounts(since: Date): Promise<ChannelCounts[]>;
  /** Open incidents and those resolved since `resolvedSince`, with their updates; newest first. */
  incidents(resolvedSince: Date): Promise<Incident[]>;
  findIncident(id: string): Promise<Incident | null>;
  createIncident(incident: {
    title: string;
    severity: IncidentSeverity;
    components: StatusComponentId[];
    status: IncidentStatus;
    startedAt: Date;
    createdByAccountId: string;
  }): Promise<{ id: string }>;
  /** Adds an update and sets the incident's status (and `resolved_at` when it is resolved). */
  addUpdate(update: {
    incidentId: string;
    status: IncidentStatus;
    text: string;
    at: Date;
    authorAccountId: string;
  }): Promise<{ id: string }>;
}

export interface StatusRepos {
  status: StatusRepository;
  audit: AuditLog;
}

export interface StatusDeps {
  store: TransactionalStore<StatusRepos, Pick<StatusRepos, 'status'>>;
  probes: StatusProbes;
  clock: Clock;
}
