import { describe, expect, it } from 'vitest';
import type { Principal } from '../identity';
import { DomainError } from '../shared';
import { exportMyRequestHistory, listMyRequestHistory } from './list-my-request-history';
import type { RequestHistoryFilter, RequestHistoryItem } from './request-history.types';

const principal = { accountId: 'a-1', patientId: 'p-1', roles: [] } as unknown as Principal;

const item = (n: number, type: RequestHistoryItem['type'] = 'data_change'): RequestHistoryItem => ({
  type,
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  number: type === 'data_request' ? null : `ИЗМ-2026-${String(n).padStart(6, '0')}`,
  status: type === 'appointment' ? 'fulfilled' : 'applied',
  createdAt: new Date(Date.UTC(2026, 10, 30 - n, 9, 30)),
  updatedAt: new Date(Date.UTC(2026, 10, 30 - n, 10)),
  comment: null,
  organizationName: null,
});

/** A repository over a list, newest first, that records the filters it was asked with. */
function depsOver(rows: RequestHistoryItem[]) {
  const asked: RequestHistoryFilter[] = [];
  return {
    asked,
    deps: {
      clock: { now: () => new Date('2026-12-01T00:00:00Z') },
      history: {
        read: async <T>(work: (repository: { list: typeof list }) => Promise<T>) => work({ list }),
      },
    },
  };
  async function list(_patientId: string, filter: RequestHistoryFilter) {
    asked.push(filter);
    const after = filter.after;
    return rows.filter((row) => !after || row.createdAt < after.createdAt).slice(0, filter.limit);
  }
}

describe('listMyRequestHistory', () => {
  it('pages with a cursor after the last row, labels the statuses', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => item(i));
    const { deps } = depsOver(rows);
    const first = await listMyRequestHistory(deps, principal, {});
    expect(first.items).toHaveLength(20);
    expect(first.items[0]).toMatchObject({ statusLabel: 'Изменения применены' });
    expect(first.nextCursor).toBe(`${rows[19]!.createdAt.toISOString()}~${rows[19]!.id}`);
    const second = await listMyRequestHistory(deps, principal, { cursor: first.nextCursor! });
    expect(second.items.map((row) => row.id)).toEqual(rows.slice(20).map((row) => row.id));
    expect(second.nextCursor).toBeNull();
  });

  it('turns Moscow calendar days into instants, `to` included', async () => {
    const { deps, asked } = depsOver([]);
    await listMyRequestHistory(deps, principal, { from: '2026-11-01', to: '2026-11-30' });
    expect(asked[0]?.from?.toISOString()).toBe('2026-10-31T21:00:00.000Z');
    expect(asked[0]?.to?.toISOString()).toBe('2026-11-30T21:00:00.000Z');
  });

  it('refuses a cursor it did not make, on the field', async () => {
    const { deps } = depsOver([]);
    const refused = await listMyRequestHistory(deps, principal, { cursor: 'nonsense' }).catch((e) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused.options.fieldErrors[0].field).toBe('query.cursor');
  });
});

describe('exportMyRequestHistory', () => {
  it('gives a row per request in Russian: date and time in Moscow, type, number, status', async () => {
    const { deps } = depsOver([item(1, 'appointment'), item(2, 'data_request')]);
    const data = await exportMyRequestHistory(deps, principal, {});
    expect(data.rows[0]).toEqual([
      '29.11.2026',
      '12:30',
      'Запись на приём',
      'ИЗМ-2026-000001',
      'Приём состоялся',
      '29.11.2026',
      '',
    ]);
    expect(data.rows[1]?.[2]).toBe('Запрос о персональных данных');
    expect(data.rows[1]?.[3]).toBe('');
  });
});
