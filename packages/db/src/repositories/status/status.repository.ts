import {
  type ChannelCounts,
  DELIVERY_CHANNELS,
  type DeliveryChannel,
  type Incident,
  type StatusRepository,
} from '@talon/core/status';
import { asc, desc, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { statusIncidents, statusIncidentUpdates } from '../../schema';
import { instant, queryRows } from '../../sql';

interface ChannelRow {
  channel: DeliveryChannel;
  delivered: number;
  failed: number;
  dead: number;
}

type IncidentRow = typeof statusIncidents.$inferSelect;
type UpdateRow = typeof statusIncidentUpdates.$inferSelect;

const toIncident = (row: IncidentRow, updates: UpdateRow[]): Incident => ({
  id: row.id,
  title: row.title,
  severity: row.severity,
  components: row.components as Incident['components'],
  status: row.status,
  startedAt: row.startedAt,
  resolvedAt: row.resolvedAt,
  updates: updates
    .filter((u) => u.incidentId === row.id)
    .map((u) => ({ id: u.id, status: u.status, text: u.text, at: u.at })),
});

/** The status page's figures and its incidents (docs/status-page.md). */
export function createStatusRepository(db: DbExecutor): StatusRepository {
  const withUpdates = async (rows: IncidentRow[]) => {
    if (!rows.length) return [];
    const updates = await db
      .select()
      .from(statusIncidentUpdates)
      .where(
        inArray(
          statusIncidentUpdates.incidentId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(statusIncidentUpdates.at), asc(statusIncidentUpdates.id));
    return rows.map((row) => toIncident(row, updates));
  };

  return {
    async deliveryCounts(since) {
      // Rows touched in the window (`notification_outbox_recent_idx`): sent ones are delivered unless the
      // provider later reported a failure; a try that failed and waits for its retry, or a dead letter, failed.
      const rows = await queryRows<ChannelRow>(
        db,
        sql`select o.channel,
              count(*) filter (where o.status = 'sent' and r.status is distinct from 'failed')::int as delivered,
              count(*) filter (where (o.status = 'pending' and o.attempts > 0)
                                  or (o.status = 'sent' and r.status = 'failed'))::int as failed,
              count(*) filter (where o.status = 'dead')::int as dead
            from notification_outbox o
            left join notification_delivery_reports r on r.outbox_id = o.id
           where o.updated_at >= ${instant(since)} and o.channel in ('sms', 'email', 'push')
           group by o.channel`,
      );
      return DELIVERY_CHANNELS.map(
        (channel): ChannelCounts =>
          rows.find((row) => row.channel === channel) ?? { channel, delivered: 0, failed: 0, dead: 0 },
      ).map((row) => ({
        channel: row.channel,
        delivered: Number(row.delivered),
        failed: Number(row.failed),
        dead: Number(row.dead),
      }));
    },

    async incidents(resolvedSince) {
      const rows = await db
        .select()
        .from(statusIncidents)
        .where(or(isNull(statusIncidents.resolvedAt), gte(statusIncidents.resolvedAt, resolvedSince)))
        .orderBy(desc(statusIncidents.startedAt), desc(statusIncidents.id))
        .limit(50);
      return withUpdates(rows);
    },

    async findIncident(id) {
      const rows = await db.select().from(statusIncidents).where(eq(statusIncidents.id, id));
      const [incident] = await withUpdates(rows);
      return incident ?? null;
    },

    async createIncident(incident) {
      const [row] = await db
        .insert(statusIncidents)
        .values({ ...incident, createdAt: incident.startedAt, updatedAt: incident.startedAt })
        .returning({ id: statusIncidents.id });
      if (!row) throw new Error('status incident insert returned no row');
      return row;
    },

    async addUpdate(update) {
      const [row] = await db
        .insert(statusIncidentUpdates)
        .values(update)
        .returning({ id: statusIncidentUpdates.id });
      if (!row) throw new Error('status incident update insert returned no row');
      await db
        .update(statusIncidents)
        .set({
          status: update.status,
          resolvedAt: update.status === 'resolved' ? update.at : null,
          updatedAt: update.at,
        })
        .where(eq(statusIncidents.id, update.incidentId));
      return row;
    },
  };
}
