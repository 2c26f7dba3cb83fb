import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { freeSlotStatements } from '@talon/db';
import { PgDialect } from 'drizzle-orm/pg-core';

/** The default horizon of a search without `to`: now + 32 days. */
const HORIZON_DAYS = 32;
const PAGE_SIZE = 20;

// Stand-ins for the values pgbench supplies itself: each is replaced by its expression below.
const NOW = new Date('2000-01-01T00:00:00Z');
const TO = new Date('2000-01-02T00:00:00Z');
const SPECIALTY = '<specialty>';

/** A parameter of the API's statement as the pgbench expression or literal that stands for it. */
function literal(value: unknown, specialtyPick: string): string {
  if (value === NOW.toISOString()) return 'now()';
  if (value === TO.toISOString()) return `(now() + interval '${HORIZON_DAYS} days')`;
  if (value === SPECIALTY) return specialtyPick;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' && !value.includes("'")) return `'${value}'`;
  throw new Error(`search.sql: no pgbench literal for the parameter ${String(value)}`);
}

/**
 * Writes the pgbench script of one anonymous GET /api/v1/slots?region=…&specialty=<one of the list>, statement for
 * statement as the API issues it once warm (the region and specialty checks are remembered by each process
 * after their first search): the page and the count — the very
 * statements of the slot-search repository (`freeSlotStatements`), rendered with its parameters inlined:
 * every "now" is now(), `to` the default horizon. (The API runs the page and the count side by side on two
 * pool connections; here they run one after the other.) Returns the script's path.
 */
export function writeSearchScript(
  dir: string,
  search: { region: string; specialties: readonly string[] },
): string {
  const specialtyPick = `(array[${search.specialties.map((code) => `'${code}'`).join(', ')}])[:k]`;
  const dialect = new PgDialect();
  const statements = freeSlotStatements(
    {
      regionCode: search.region,
      specialtyCode: SPECIALTY,
      from: NOW,
      to: TO,
      now: NOW,
      channel: 'internet',
      includeUnreleasedPriority: false,
      priorityGrants: [],
      holderPatientIds: [],
      age: null,
    },
    { page: 1, pageSize: PAGE_SIZE },
  );
  const render = (statement: (typeof statements)['page']) => {
    const query = dialect.sqlToQuery(statement);
    return query.sql.replace(/\$(\d+)/g, (_, n: string) =>
      literal(query.params[Number(n) - 1], specialtyPick),
    );
  };
  const script = [
    `\\set k random(1, ${search.specialties.length})`,
    `${render(statements.page)};`,
    `${render(statements.count)};`,
    '',
  ].join('\n');
  const file = path.join(dir, 'search.sql');
  writeFileSync(file, script);
  return file;
}
