import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { type IncidentDraft, validateIncident, validateIncidentUpdate } from './incident-input';
import { StatusErrorCode } from './status.errors';
import type { StatusDeps } from './status.ports';
import type { Incident } from './status.types';

const audited = (principal: Principal, origin: RequestOrigin, at: Date) => ({
  actorAccountId: principal.accountId,
  actorRole: 'system_admin',
  ip: origin.ip,
  userAgent: origin.userAgent,
  occurredAt: at,
  outcome: 'success' as const,
  recordType: 'status_incident',
});

/**
 * A system admin opens an incident on the public status page with its first update (the route admits
 * system admins only). Audited as `status.incident_open`.
 */
export async function openIncident(
  deps: StatusDeps,
  principal: Principal,
  input: IncidentDraft & { origin: RequestOrigin },
): Promise<Incident> {
  const valid = validateIncident(input);
  const now = deps.clock.now();
  const id = await deps.store.transaction(async (repos) => {
    const { id } = await repos.status.createIncident({
      title: valid.title,
      severity: valid.severity,
      components: valid.components,
      status: valid.status,
      startedAt: now,
      createdByAccountId: principal.accountId,
    });
    await repos.status.addUpdate({
      incidentId: id,
      status: valid.status,
      text: valid.text,
      at: now,
      authorAccountId: principal.accountId,
    });
    await repos.audit.record({
      ...audited(principal, input.origin, now),
      action: AuditAction.STATUS_INCIDENT_OPEN,
      recordId: id,
      details: { severity: valid.severity, components: valid.components },
    });
    return id;
  });
  return incidentOrNotFound(deps, id);
}

/** A system admin posts an update (and the new status) of an open incident. Audited. */
export async function postIncidentUpdate(
  deps: StatusDeps,
  principal: Principal,
  input: { incidentId: string; text: string; status: string; origin: RequestOrigin },
): Promise<Incident> {
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    const incident = await repos.status.findIncident(input.incidentId);
    if (!incident) throw new DomainError(StatusErrorCode.STATUS_INCIDENT_NOT_FOUND);
    const valid = validateIncidentUpdate(incident.status, input);
    await repos.status.addUpdate({
      incidentId: incident.id,
      status: valid.status,
      text: valid.text,
      at: now,
      authorAccountId: principal.accountId,
    });
    await repos.audit.record({
      ...audited(principal, input.origin, now),
      action: AuditAction.STATUS_INCIDENT_UPDATE,
      recordId: incident.id,
      details: { status: valid.status },
    });
  });
  return incidentOrNotFound(deps, input.incidentId);
}

async function incidentOrNotFound(deps: StatusDeps, id: string): Promise<Incident> {
  const incident = await deps.store.read((repos) => repos.status.findIncident(id));
  if (!incident) throw new DomainError(StatusErrorCode.STATUS_INCIDENT_NOT_FOUND);
  return incident;
}
