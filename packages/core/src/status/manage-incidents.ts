import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { type IncidentDraft, validateIncident, validateIncidentUpdate } from './incident-input';
import { StatusErrorCode } from './status.errors';
import type { StatusDeps, StatusRepos } from './status.ports';
import type { Incident, IncidentStatus } from './status.types';

/** Posts an update of the incident and its audit entry, in the caller's transaction. */
async function addAuditedUpdate(
  repos: StatusRepos,
  principal: Principal,
  update: { incidentId: string; status: IncidentStatus; text: string; origin: RequestOrigin; at: Date },
  audit: { action: AuditAction; details: Record<string, unknown> },
): Promise<void> {
  await repos.status.addUpdate({
    incidentId: update.incidentId,
    status: update.status,
    text: update.text,
    at: update.at,
    authorAccountId: principal.accountId,
  });
  await repos.audit.record({
    ...audited(principal, update.origin, update.at),
    ...audit,
    recordId: update.incidentId,
  });
}

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
    await addAuditedUpdate(
      repos,
      principal,
      { incidentId: id, status: valid.status, text: valid.text, origin: input.origin, at: now },
      {
        action: AuditAction.STATUS_INCIDENT_OPEN,
        details: { severity: valid.severity, components: valid.components },
      },
    );
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
    await addAuditedUpdate(
      repos,
      principal,
      { incidentId: incident.id, status: valid.status, text: valid.text, origin: input.origin, at: now },
      { action: AuditAction.STATUS_INCIDENT_UPDATE, details: { status: valid.status } },
    );
  });
  return incidentOrNotFound(deps, input.incidentId);
}

async function incidentOrNotFound(deps: StatusDeps, id: string): Promise<Incident> {
  const incident = await deps.store.read((repos) => repos.status.findIncident(id));
  if (!incident) throw new DomainError(StatusErrorCode.STATUS_INCIDENT_NOT_FOUND);
  return incident;
}
