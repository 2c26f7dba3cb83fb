import type { TIncident, TPublicStatus } from '@talon/contracts';
import { type Incident, type PublicStatus, STATUS_WINDOW_MINUTES } from '@talon/core/status';

export const presentIncident = (incident: Incident): TIncident => ({
  id: incident.id,
  title: incident.title,
  severity: incident.severity,
  components: incident.components,
  status: incident.status,
  startedAt: incident.startedAt.toISOString(),
  resolvedAt: incident.resolvedAt?.toISOString() ?? null,
  updates: incident.updates.map((u) => ({
    id: u.id,
    status: u.status,
    text: u.text,
    at: u.at.toISOString(),
  })),
});

export const presentStatus = (status: PublicStatus): TPublicStatus => ({
  state: status.state,
  components: status.components,
  incidents: status.incidents.map(presentIncident),
  checkedAt: status.checkedAt.toISOString(),
  windowMinutes: STATUS_WINDOW_MINUTES,
});
