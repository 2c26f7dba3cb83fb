// The public status page (issue 13 item 5): components' states from live checks and recent error rates,
// incidents written by the system admin (docs/status-page.md).
export * from './component-state';
export {
  INCIDENT_TEXT_MAX,
  INCIDENT_TITLE_MAX,
  type IncidentDraft,
  validateIncident,
  validateIncidentUpdate,
} from './incident-input';
export { StatusErrorCode } from './status.errors';
export type * from './status.ports';
export type * from './status.types';
export {
  COMPONENT_STATES,
  DELIVERY_CHANNELS,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  STATUS_COMPONENTS,
} from './status.types';
export { statusUseCases } from './status.use-cases';
