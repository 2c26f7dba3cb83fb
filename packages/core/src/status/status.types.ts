/** A component's state, worst last: the page shows it in words and an icon, never by colour alone. */
export const COMPONENT_STATES = ['operational', 'degraded', 'outage'] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

/** The identity provider may simply not be connected: that is not a failure and does not count overall. */
export type ComponentStateOrNone = ComponentState | 'not_configured';

/** What the status page lists; message delivery has one component per channel. */
export const STATUS_COMPONENTS = [
  'web',
  'api',
  'booking',
  'database',
  'delivery_sms',
  'delivery_email',
  'delivery_push',
  'identity_provider',
] as const;
export type StatusComponentId = (typeof STATUS_COMPONENTS)[number];

export const DELIVERY_CHANNELS = ['sms', 'email', 'push'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** minor: some people notice; major: a part does not work for many; critical: a part does not work at all. */
export const INCIDENT_SEVERITIES = ['minor', 'major', 'critical'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

/** The usual incident life: investigating → identified → monitoring → resolved. */
export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** A live check's result: it answered (and how fast), or it failed. */
export interface CheckResult {
  ok: boolean;
  latencyMs: number;
}

/** Requests (or messages) of the recent window and how many of them failed. */
export interface RecentCounts {
  total: number;
  failed: number;
}

/** Per channel over the recent window: handed over to the provider vs failed (retrying, dead, reported failed). */
export interface ChannelCounts {
  channel: DeliveryChannel;
  delivered: number;
  failed: number;
  /** Dead letters of the window: given up after the retries, waiting for an admin. */
  dead: number;
}

export interface IncidentUpdate {
  id: string;
  status: IncidentStatus;
  text: string;
  at: Date;
}

export interface Incident {
  id: string;
  title: string;
  severity: IncidentSeverity;
  components: StatusComponentId[];
  status: IncidentStatus;
  startedAt: Date;
  resolvedAt: Date | null;
  /** Oldest first. */
  updates: IncidentUpdate[];
}

export interface ComponentStatus {
  id: StatusComponentId;
  state: ComponentStateOrNone;
  /** The figure the state was computed from, for the page (`5 из 120 запросов с ошибкой`). */
  detail: { kind: 'rate'; total: number; failed: number } | { kind: 'latency'; ms: number } | null;
}

export interface PublicStatus {
  state: ComponentState;
  components: ComponentStatus[];
  /** Open incidents first, then those resolved within the last `RECENT_INCIDENT_DAYS`. */
  incidents: Incident[];
  checkedAt: Date;
}
