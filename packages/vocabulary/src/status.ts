/** The public status page (issue 13 item 5; docs/status-page.md). */

/** A component's state, worst last; `not_configured` only for the identity provider when none is connected. */
export const COMPONENT_STATES = ['operational', 'degraded', 'outage'] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

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

/** minor: some people notice; major: a part does not work for many; critical: a part does not work at all. */
export const INCIDENT_SEVERITIES = ['minor', 'major', 'critical'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

/** The usual incident life: investigating → identified → monitoring → resolved. */
export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
