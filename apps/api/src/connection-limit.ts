import { readFileSync } from 'node:fs';

/** The soft "Max open files" of a `/proc/<pid>/limits` text; null when absent or unlimited. */
export function openFileLimitOf(limitsText: string): number | null {
  const line = limitsText.split('\n').find((l) => l.startsWith('Max open files'));
  const soft = line?.slice('Max open files'.length).trim().split(/\s+/)[0];
  const value = Number(soft);
  return soft && Number.isInteger(value) && value > 0 ? value : null;
}

/**
 * Client connections a process may hold: its open-file limit less a reserve for the database pools, the
 * listeners, logs and files (a fifth of the limit, at most 1 000). Each connection is an open file, and a
 * process that runs out of them does not degrade — it dies (`EMFILE` thrown from a timer; seen at 8:00 with
 * thousands of waiting-room streams). Null: no known limit, no bound.
 */
export function connectionLimitFor(openFileLimit: number | null): number | null {
  if (openFileLimit === null) return null;
  return Math.max(1, openFileLimit - Math.min(1_000, Math.floor(openFileLimit / 5)));
}

/** This process's bound: configured (0 = none), or from its open-file limit (Linux; elsewhere none). */
export function maxConnectionsOf(configured: number | null): number | null {
  if (configured !== null) return configured === 0 ? null : configured;
  let limits: string;
  try {
    limits = readFileSync('/proc/self/limits', 'utf8');
  } catch {
    return null;
  }
  return connectionLimitFor(openFileLimitOf(limits));
}
