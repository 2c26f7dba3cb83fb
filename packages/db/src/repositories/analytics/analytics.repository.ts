import type {
  AnalyticsRepository,
  LoadDetail,
  LoadQuery,
  LoadRow,
  LoadSummary,
  ThirdSlotFact,
} from '@talon/core/analytics';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { organizations } from '../../schema';
import { fullNameSql, hasRow, instant, queryRows, toDateOrNull, uuidList } from '../../sql';
import { dailySql, FIGURE_COLUMNS, type FigureColumns, figureSums, toFigures } from './load-daily.repository';

interface ThirdSlotRow {
  organization_id: string;
  organization_name: string;
  time_zone: string;
  specialty_code: string;
  specialty_name: string;
  third_starts_at: string | Date | null;
}

interface LoadSqlRow extends FigureColumns {
  day: string;
  organization_id: string;
  organization_name: string;
  specialty_code: string;
  specialty_name: string;
  practitioner_id: string;
  practitioner_name: string;
}

interface SummarySqlRow extends FigureColumns {
  day: string | null;
  organization_id: string;
  specialty_code: string | null;
  practitioner_id: string | null;
}

const GROUP_KEYS = ['organization_id', 'specialty_code', 'practitioner_id'] as const;
const KEY_TYPES = { organization_id: 'uuid', specialty_code: 'text', practitioner_id: 'uuid' } as const;
const GROUP_KEYS_OF: Record<LoadDetail, number> = { organization: 1, specialty: 2, practitioner: 3 };

/**
 * The summary's groups down to a detail in one `grouping sets` pass: the day (the trend), the clinic, the
 * clinic × specialty, the clinic × specialty × practitioner. A key outside a row's set is null (the daily
 * rows' keys never are), which tells the levels apart; a key below the detail is a null constant.
 */
function summaryGroupingSql(detail: LoadDetail) {
  const keys = GROUP_KEYS.slice(0, GROUP_KEYS_OF[detail]);
  const sets = keys.map(
    (_, i) =>
      `(${keys
        .slice(0, i + 1)
        .map((key) => `d.${key}`)
        .join(', ')})`,
  );
  const columns = GROUP_KEYS.map((key) =>
    keys.includes(key) ? `d.${key}` : `null::${KEY_TYPES[key]} as ${key}`,
  );
  return { columns: sql.raw(columns.join(', ')), sets: sql.raw(['(d.day)', ...sets].join(', ')) };
}

const levelOf = (row: SummarySqlRow) =>
  row.day !== null
    ? 'day'
    : row.practitioner_id !== null
      ? 'practitioner'
      : row.specialty_code !== null
        ? 'specialty'
        : 'organization';

/** `column in (…)` for a scope of clinics; null scope: no condition. */
const inScope = (column: SQL, organizationIds: readonly string[] | null): SQL =>
  organizationIds === null ? sql`true` : sql`${column} in (${uuidList(organizationIds)})`;

const identityOf = (row: LoadSqlRow) => ({
  organizationId: row.organization_id,
  organizationName: row.organization_name,
  specialtyCode: row.specialty_code,
  specialtyName: row.specialty_name,
  practitionerId: row.practitioner_id,
  practitionerName: row.practitioner_name,
});

/** The last day the rollup holds (docs/analytics.md «Daily rollup»); null before the job's first run. */
async function rolledUpThrough(db: Database): Promise<string | null> {
  const [row] = await queryRows<{ closed_through: string }>(
    db,
    sql`select to_char(closed_through, 'YYYY-MM-DD') as closed_through from analytics_rollup_state`,
  );
  return row?.closed_through ?? null;
}

/** The names of a row's clinic (`o`), specialty (`sp`) and practitioner (`p`). */
const namesOf = (alias: string) =>
  sql.raw(`join organizations o on o.id = ${alias}.organization_id
    join specialties sp on sp.code = ${alias}.specialty_code
    join practitioners p on p.id = ${alias}.practitioner_id`);

/** Analytics in SQL: aggregates over slots and appointments by ranges of their (clinic, start) indexes. */
export function createAnalyticsRepository(db: Database): AnalyticsRepository {
  return {
    async thirdNextFreeSlots({ now, organizationIds, specialtyCode }) {
      if (organizationIds?.length === 0) return [];
      const specialty = specialtyCode ? sql`r.specialty_code = ${specialtyCode}` : sql`true`;
      // One LATERAL probe per clinic × specialty down `slots_free_organization_idx` (clinic, specialty, start).
      const rows = await queryRows<ThirdSlotRow>(
        db,
        sql`select r.organization_id, o.name as organization_name, o.time_zone, r.specialty_code,
            sp.name as specialty_name, t.starts_at as third_starts_at
          from (select distinct organization_id, specialty_code from practitioner_roles r
                where r.is_active and ${inScope(sql`r.organization_id`, organizationIds)} and ${specialty}) r
          join organizations o on o.id = r.organization_id and o.is_active
          join specialties sp on sp.code = r.specialty_code
          left join lateral (
            select s.starts_at from slots s
            where s.organization_id = r.organization_id and s.specialty_code = r.specialty_code
              and s.status = 'free' and s.starts_at > ${instant(now)}
              and (s.held_until is null or s.held_until <= ${instant(now)})
              and (not s.is_priority or s.priority_released_at <= ${instant(now)})
            order by s.starts_at
            offset 2 limit 1
          ) t on true`,
      );
      return rows.map(
        (row): ThirdSlotFact => ({
          organizationId: row.organization_id,
          organizationName: row.organization_name,
          timeZone: row.time_zone,
          specialtyCode: row.specialty_code,
          specialtyName: row.specialty_name,
          thirdSlotAt: toDateOrNull(row.third_starts_at),
        }),
      );
    },

    async loadRows(query: LoadQuery) {
      if (query.organizationIds?.length === 0) return [];
      const daily = dailySql(query, await rolledUpThrough(db));
      const rows = await queryRows<LoadSqlRow>(
        db,
        sql`select to_char(d.day, 'YYYY-MM-DD') as day, d.organization_id, o.name as organization_name,
            d.specialty_code, sp.name as specialty_name, d.practitioner_id, ${fullNameSql('p')} as practitioner_name,
            ${sql.raw(FIGURE_COLUMNS.map((column) => `d.${column}`).join(', '))}
          from (${daily}) d ${namesOf('d')}
          order by 1, o.name, sp.name, practitioner_name`,
      );
      return rows.map((row): LoadRow => ({ date: row.day, ...identityOf(row), ...toFigures(row) }));
    },

    async loadSummary(query: LoadQuery): Promise<LoadSummary> {
      if (query.organizationIds?.length === 0)
        return { days: [], organizations: [], specialties: [], groups: [] };
      // Summed in the database in one pass over the daily rows (the live part is computed once): an
      // all-clinic month is 170 000 daily rows, its answer a few hundred.
      const daily = dailySql(query, await rolledUpThrough(db));
      const grouping = summaryGroupingSql(query.detail ?? 'practitioner');
      const rows = await queryRows<SummarySqlRow>(
        db,
        sql`select g.day, g.organization_id, o.name as organization_name, g.specialty_code,
            sp.name as specialty_name, g.practitioner_id, ${fullNameSql('p')} as practitioner_name,
            ${sql.raw(FIGURE_COLUMNS.map((column) => `g.${column}`).join(', '))}
          from (select to_char(d.day, 'YYYY-MM-DD') as day, ${grouping.columns}, ${figureSums('d')}
                from (${daily}) d group by grouping sets (${grouping.sets})) g
          left join organizations o on o.id = g.organization_id
          left join specialties sp on sp.code = g.specialty_code
          left join practitioners p on p.id = g.practitioner_id`,
      );
      // The keys of a level's rows are set (a row of the trend has its day), as `LoadSqlRow` says.
      const at = (level: ReturnType<typeof levelOf>) =>
        rows.filter((row) => levelOf(row) === level) as unknown as LoadSqlRow[];
      return {
        days: at('day').map((row) => ({ date: row.day, ...toFigures(row) })),
        organizations: at('organization').map((row) => ({
          organizationId: row.organization_id,
          organizationName: row.organization_name,
          ...toFigures(row),
        })),
        specialties: at('specialty').map((row) => ({
          organizationId: row.organization_id,
          organizationName: row.organization_name,
          specialtyCode: row.specialty_code,
          specialtyName: row.specialty_name,
          ...toFigures(row),
        })),
        groups: at('practitioner').map((row) => ({ ...identityOf(row), ...toFigures(row) })),
      };
    },

    organizationExists: (organizationId) => hasRow(db, organizations, eq(organizations.id, organizationId)),
  };
}
