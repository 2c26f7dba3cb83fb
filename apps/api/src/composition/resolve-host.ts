import { lookup } from 'node:dns/promises';

/** Every address a host name resolves to (DNS); an empty list when it does not resolve. */
export const resolveHostAddresses = (host: string): Promise<string[]> =>
  lookup(host, { all: true }).then(
    (found) => found.map((entry) => entry.address),
    () => [],
  );
