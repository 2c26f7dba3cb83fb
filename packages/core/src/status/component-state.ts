import type {
  CheckResult,
  ComponentState,
  ComponentStateOrNone,
  Incident,
  IncidentSeverity,
  RecentCounts,
  StatusComponentId,
} from './status.types';

/**
 * The thresholds of the status page (docs/status-page.md). A rate is judged only over enough events: three
 * failed requests out of five at night say little, so fewer than `minEvents` is `operational`.
 */
export const STATUS_THRESHOLDS = {
  /** Requests: 5 % server errors is degraded, 25 % is an outage, over at least 20 requests. */
  requests: { minEvents: 20, degradedRate: 0.05, outageRate: 0.25 },
  /** Messages: 10 % failed is degraded, 50 % an outage, over at least 5 messages of a channel. */
  delivery: { minEvents: 5, degradedRate: 0.1, outageRate: 0.5 },
  /** A check slower than this is degraded (the database ping; the identity provider's discovery). */
  slowCheckMs: 1000,
} as const;

/** The window over which rates are counted. */
export const STATUS_WINDOW_MINUTES = 15;
/** Resolved incidents stay on the page this long. */
export const RECENT_INCIDENT_DAYS = 7;

const RANK: Record<ComponentState, number> = { operational: 0, degraded: 1, outage: 2 };
const worse = (a: ComponentState, b: ComponentState) => (RANK[a] >= RANK[b] ? a : b);

/** A share of failures against the thresholds of its kind. */
export function stateFromRate(
  counts: RecentCounts,
  thresholds: { minEvents: number; degradedRate: number; outageRate: number },
): ComponentState {
  if (counts.total < thresholds.minEvents || counts.total <= 0) return 'operational';
  const rate = counts.failed / counts.total;
  if (rate >= thresholds.outageRate) return 'outage';
  if (rate >= thresholds.degradedRate) return 'degraded';
  return 'operational';
}

/** A live check: failed (or timed out) is an outage, slow is degraded. Null: the component is not configured. */
export function stateFromCheck(check: CheckResult | null): ComponentStateOrNone {
  if (!check) return 'not_configured';
  if (!check.ok) return 'outage';
  return check.latencyMs > STATUS_THRESHOLDS.slowCheckMs ? 'degraded' : 'operational';
}

/** An open incident makes what it names at least this bad: the admin knows before the rates show it. */
const INCIDENT_FLOOR: Record<IncidentSeverity, ComponentState> = {
  minor: 'operational',
  major: 'degraded',
  critical: 'outage',
};

/** The measured state raised to the floor of the open incidents naming the component. */
export function withIncidents(
  id: StatusComponentId,
  measured: ComponentStateOrNone,
  incidents: readonly Pick<Incident, 'components' | 'severity' | 'status'>[],
): ComponentStateOrNone {
  if (measured === 'not_configured') return measured;
  return incidents
    .filter((incident) => incident.status !== 'resolved' && incident.components.includes(id))
    .reduce((state, incident) => worse(state, INCIDENT_FLOOR[incident.severity]), measured);
}

/** The whole service: the worst component that is configured. */
export function overallState(states: readonly ComponentStateOrNone[]): ComponentState {
  return states.reduce<ComponentState>(
    (state, next) => (next === 'not_configured' ? state : worse(state, next)),
    'operational',
  );
}
