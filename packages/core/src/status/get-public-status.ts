import {
  overallState,
  RECENT_INCIDENT_DAYS,
  STATUS_THRESHOLDS,
  STATUS_WINDOW_MINUTES,
  stateFromCheck,
  stateFromRate,
  withIncidents,
} from './component-state';
import type { StatusDeps } from './status.ports';
import {
  type ChannelCounts,
  type ComponentStatus,
  DELIVERY_CHANNELS,
  type Incident,
  type PublicStatus,
} from './status.types';

const DAY_MS = 86_400_000;

/** Runs a read that needs the database; a failed one is reported by the database's own check. */
const orNull = async <T>(read: Promise<T>): Promise<T | null> => read.catch(() => null);

/**
 * The public status (issue 13 item 5): each component's state from live checks and the rates of the last
 * `STATUS_WINDOW_MINUTES`, raised by open incidents naming it, with open and recent incidents. Anyone may
 * read it; it names no person. Message delivery lives in the outbox, so while the database is unreadable
 * the channels take the database's state.
 */
export async function getPublicStatus(deps: StatusDeps, _principal: null): Promise<PublicStatus> {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - STATUS_WINDOW_MINUTES * 60_000);
  const [web, database, identity, counts, incidents] = await Promise.all([
    deps.probes.webApp(),
    deps.probes.database(),
    deps.probes.identityProvider(),
    orNull(deps.store.read((repos) => repos.status.deliveryCounts(since))),
    orNull(
      deps.store.read((repos) =>
        repos.status.incidents(new Date(now.getTime() - RECENT_INCIDENT_DAYS * DAY_MS)),
      ),
    ),
  ]);
  const open: Incident[] = incidents ?? [];
  const api = deps.probes.requests('api', STATUS_WINDOW_MINUTES);
  const booking = deps.probes.requests('booking', STATUS_WINDOW_MINUTES);
  const databaseState = stateFromCheck(database);
  const channel = (name: (typeof DELIVERY_CHANNELS)[number]): ComponentStatus => {
    const row: ChannelCounts = counts?.find((c) => c.channel === name) ?? {
      channel: name,
      delivered: 0,
      failed: 0,
      dead: 0,
    };
    const failed = row.failed + row.dead;
    const total = row.delivered + failed;
    return {
      id: `delivery_${name}`,
      state: counts ? stateFromRate({ total, failed }, STATUS_THRESHOLDS.delivery) : databaseState,
      detail: counts ? { kind: 'rate', total, failed } : null,
    };
  };
  const measured: ComponentStatus[] = [
    { id: 'web', state: stateFromCheck(web), detail: null },
    {
      id: 'api',
      state: stateFromRate(api, STATUS_THRESHOLDS.requests),
      detail: { kind: 'rate', ...api },
    },
    {
      id: 'booking',
      state: stateFromRate(booking, STATUS_THRESHOLDS.requests),
      detail: { kind: 'rate', ...booking },
    },
    { id: 'database', state: databaseState, detail: { kind: 'latency', ms: database.latencyMs } },
    ...DELIVERY_CHANNELS.map(channel),
    {
      id: 'identity_provider',
      state: stateFromCheck(identity),
      detail: identity ? { kind: 'latency', ms: identity.latencyMs } : null,
    },
  ];
  const components = measured.map((c) => ({ ...c, state: withIncidents(c.id, c.state, open) }));
  const rank = (incident: Incident) => (incident.status === 'resolved' ? 1 : 0);
  return {
    state: overallState(components.map((c) => c.state)),
    components,
    incidents: [...open].sort((a, b) => rank(a) - rank(b) || b.startedAt.getTime() - a.startedAt.getTime()),
    checkedAt: now,
  };
}
