import {
  COMPONENT_STATES,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  STATUS_COMPONENTS,
} from '@talon/vocabulary/status';
import { z } from './zod';

/** The public status page (issue 13 item 5; docs/status-page.md). */

const ZInstant = z.iso.datetime({ offset: true });

export const ZIncidentUpdate = z
  .object({
    id: z.uuid(),
    status: z.enum(INCIDENT_STATUSES),
    text: z.string(),
    at: ZInstant,
  })
  .meta({ id: 'IncidentUpdate' });

export const ZIncident = z
  .object({
    id: z.uuid(),
    title: z.string(),
    severity: z.enum(INCIDENT_SEVERITIES),
    components: z.array(z.enum(STATUS_COMPONENTS)).describe('The affected components'),
    status: z.enum(INCIDENT_STATUSES),
    startedAt: ZInstant,
    resolvedAt: ZInstant.nullable(),
    updates: z.array(ZIncidentUpdate).describe('Oldest first'),
  })
  .meta({ id: 'Incident' });
export type TIncident = z.infer<typeof ZIncident>;

export const ZStatusComponent = z
  .object({
    id: z.enum(STATUS_COMPONENTS),
    state: z
      .enum([...COMPONENT_STATES, 'not_configured'])
      .describe('`not_configured`: no identity provider is connected («не подключён»)'),
    detail: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('rate'), total: z.number().int(), failed: z.number().int() }),
        z.object({ kind: z.literal('latency'), ms: z.number().int() }),
      ])
      .nullable()
      .describe('What the state was computed from: requests or messages of the window, or a check’s time'),
  })
  .meta({ id: 'StatusComponent' });

export const ZPublicStatus = z
  .object({
    state: z.enum(COMPONENT_STATES).describe('The worst configured component'),
    components: z.array(ZStatusComponent),
    incidents: z.array(ZIncident).describe('Open incidents first, then those resolved in the last 7 days'),
    checkedAt: ZInstant,
    windowMinutes: z.number().int().describe('The window of the rates'),
  })
  .meta({ id: 'PublicStatus' });
export type TPublicStatus = z.infer<typeof ZPublicStatus>;

export const ZOpenIncidentBody = z.object({
  title: z.string().max(1000).describe('At most 200 characters after trimming'),
  severity: z
    .string()
    .max(32)
    .describe(`One of ${INCIDENT_SEVERITIES.join(', ')}`),
  components: z.array(z.string().max(64)).max(STATUS_COMPONENTS.length * 2),
  text: z.string().max(10_000).describe('The first update users read; at most 2 000 characters'),
  status: z.string().max(32).optional().describe('Default `investigating`; not `resolved`'),
});

export const ZIncidentUpdateBody = z.object({
  text: z.string().max(10_000).describe('At most 2 000 characters'),
  status: z.string().max(32).describe(INCIDENT_STATUSES.join(' → ')),
});

export const ZIncidentParams = z.object({ id: z.uuid() });
