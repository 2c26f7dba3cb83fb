import { getTableName, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../schema';
import { ENCRYPTED_COLUMNS } from './encrypted-columns';

describe('ENCRYPTED_COLUMNS', () => {
  it('lists every *_encrypted column of the schema, each once', () => {
    const inSchema = (Object.values(schema) as unknown[])
      .filter((value): value is PgTable => is(value, PgTable))
      .flatMap((table) =>
        getTableConfig(table)
          .columns.filter((column) => column.name.endsWith('_encrypted'))
          .map((column) => `${getTableName(table)}.${column.name}`),
      )
      .sort();
    const registered = ENCRYPTED_COLUMNS.map((c) => `${getTableName(c.table)}.${c.column.name}`).sort();
    expect(registered).toEqual(inSchema);
    expect(new Set(registered).size).toBe(registered.length);
  });
});
