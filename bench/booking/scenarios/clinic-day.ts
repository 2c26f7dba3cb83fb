import { randomUUID } from 'node:crypto';
import type { BenchPatient } from '../accounts';
import { type BenchContext, type HttpPhase, measureHttpPhase } from '../context';
import { statementMeanMs } from '../db-profile';
import { OPEN_SPECIALTIES } from '../fixtures';
import { runHttpLoad } from '../http-load';

export interface ClinicDayRun extends HttpPhase {
  organizationId: string;
  day: string;
  slots: number;
  /** 201 answers per second of the run (first request to last answer). */
  bookedPerS: number;
  /** Mean time of the ticket counter's upsert during the run (pg_stat_statements; waits for its row lock included). */
  counterMeanMs: number | null;
}

export interface ClinicDayFigures {
  processes: number;
  runs: ClinicDayRun[];
}

/**
 * The 8:00 rush on one clinic's day (issue 16, `ticket_counters`): every bookable slot of one clinic's local
 * day (open specialties, the internet channel), each booked by a different patient at 50 connections. All of
 * them take the next ticket number from the same `ticket_counters` row, so if that row serialised bookings the
 * rate would drop below the spread run's and the counter statement's mean time would be its lock wait.
 * Repeated on `runs` different clinic days (the ones with the most such slots).
 */
export async function benchClinicDay(
  ctx: BenchContext,
  patients: BenchPatient[],
  runs: number,
): Promise<ClinicDayFigures> {
  const { rows: days } = await ctx.pool.query<{ organization_id: string; day: string; ids: string[] }>(
    `select s.organization_id, to_char((s.starts_at at time zone o.time_zone)::date, 'YYYY-MM-DD') as day,
       array_agg(s.id) as ids
     from slots s join organizations o on o.id = s.organization_id
     where s.status = 'free' and s.specialty_code = any($1::text[]) and not s.is_priority
       and 'internet' = any(s.channels) and s.held_until is null
       and s.starts_at between now() + interval '2 days' and now() + interval '9 days'
     group by 1, 2 order by count(*) desc limit $2`,
    [OPEN_SPECIALTIES, runs],
  );
  const results: ClinicDayRun[] = [];
  let used = 0;
  for (const { organization_id: organizationId, day, ids } of days) {
    const mine = patients.slice(used, used + ids.length);
    used += ids.length;
    if (mine.length < ids.length) throw new Error('not enough clinic-day patients');
    let i = 0;
    const next = () => {
      const n = i++;
      return {
        method: 'POST' as const,
        path: '/api/v1/appointments',
        headers: { authorization: `Bearer ${mine[n]!.token}`, 'idempotency-key': randomUUID() },
        body: JSON.stringify({ slotId: ids[n] }),
      };
    };
    ctx.log(
      `clinic day: ${ctx.server.processes} process(es), ${ids.length} slots of ${organizationId} on ${day}`,
    );
    const phase = await measureHttpPhase(ctx, ctx.server, () =>
      runHttpLoad({ url: ctx.server.url, connections: 50, amount: ids.length, next }),
    );
    results.push({
      ...phase,
      organizationId,
      day,
      slots: ids.length,
      bookedPerS: (phase.http.statusCounts['201'] ?? 0) / phase.http.durationS,
      counterMeanMs: await statementMeanMs(ctx.pool, 'ticket_counters'),
    });
  }
  return { processes: ctx.server.processes, runs: results };
}
