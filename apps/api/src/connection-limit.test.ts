import { describe, expect, it } from 'vitest';
import { connectionLimitFor, maxConnectionsOf, openFileLimitOf } from './connection-limit';

const limits = (soft: string, hard: string) =>
  [
    'Limit                     Soft Limit           Hard Limit           Units     ',
    'Max processes             95000                95000                processes ',
    `Max open files            ${soft.padEnd(21)}${hard.padEnd(21)}files     `,
  ].join('\n');

describe('the bound on client connections', () => {
  it('reads the soft open-file limit', () => {
    expect(openFileLimitOf(limits('20000', '20000'))).toBe(20_000);
    expect(openFileLimitOf(limits('unlimited', 'unlimited'))).toBeNull();
    expect(openFileLimitOf('Max processes 10 10')).toBeNull();
  });

  it('keeps a reserve of a fifth of the limit, at most 1 000 files', () => {
    expect(connectionLimitFor(20_000)).toBe(19_000);
    expect(connectionLimitFor(1_024)).toBe(820);
    expect(connectionLimitFor(1_048_576)).toBe(1_047_576);
    expect(connectionLimitFor(null)).toBeNull();
  });

  it('takes a configured bound as it is, 0 as none', () => {
    expect(maxConnectionsOf(5_000)).toBe(5_000);
    expect(maxConnectionsOf(0)).toBeNull();
  });
});
