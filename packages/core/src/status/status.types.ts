import type {
  ComponentState,
  IncidentSeverity,
  IncidentStatus,
  StatusComponentId,
} from '@talon/vocabulary/status';

// The closed lists live in the vocabulary package (ADR 0005).
export * from '@talon/vocabulary/status';

/** The identity provider may simply not be connected: that is not a failure and does not count overall. */
export type ComponentStateOrNone = ComponentState | 'not_configured';

export const DELIVERY_CHANNELS = ['sms', 'email', 'push'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

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
