import { offsetMinutes } from '../shared';

const MOSCOW = 'Europe/Moscow';

/**
 * The zone as Russians name it: `МСК` for Moscow time, `МСК−1` for Kaliningrad, `МСК+9` for Kamchatka.
 * Short enough for an SMS, and every message names the zone of the time it gives (docs/domain.md rule 10).
 */
export function zoneLabel(timeZone: string, at: Date): string {
  const diff = offsetMinutes(at, timeZone) - offsetMinutes(at, MOSCOW);
  if (diff === 0) return 'МСК';
  const hours = Math.trunc(Math.abs(diff) / 60);
  const minutes = Math.abs(diff) % 60;
  return `МСК${diff < 0 ? '−' : '+'}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}
