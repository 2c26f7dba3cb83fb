import { BOOKING_CHANNELS, type BookingChannel, CANCELLED_BY_KINDS } from '../booking';
import type { LoadFigures, LoadReport, LoadRow, LoadSummary } from './analytics.types';

// One collator for the thousands of names of an all-clinic report (`localeCompare` builds one per call).
const RUSSIAN = new Intl.Collator('ru');

/** Channels a patient uses by themselves: the portal and the mobile app (the «online» share of seed 000). */
export const ONLINE_CHANNELS: readonly BookingChannel[] = ['internet', 'mobile'];

const emptyChannels = (): Record<BookingChannel, number> =>
  Object.fromEntries(BOOKING_CHANNELS.map((channel) => [channel, 0])) as Record<BookingChannel, number>;

export const emptyFigures = (): LoadFigures => ({
  offered: 0,
  booked: 0,
  fulfilled: 0,
  noshow: 0,
  cancelledByPatient: 0,
  cancelledByClinic: 0,
  cancelledBy: { patient: 0, representative: 0, registry: 0, clinic: 0 },
  channels: emptyChannels(),
});

export function addInto(target: LoadFigures, row: LoadFigures): void {
  target.offered += row.offered;
  target.booked += row.booked;
  target.fulfilled += row.fulfilled;
  target.noshow += row.noshow;
  target.cancelledByPatient += row.cancelledByPatient;
  target.cancelledByClinic += row.cancelledByClinic;
  for (const kind of CANCELLED_BY_KINDS) target.cancelledBy[kind] += row.cancelledBy[kind];
  for (const channel of BOOKING_CHANNELS) target.channels[channel] += row.channels[channel];
}

/** The share of appointments made online (0–1, three decimals); null when nothing was booked. */
export function onlineShare(figures: LoadFigures): number | null {
  if (figures.booked === 0) return null;
  const online = ONLINE_CHANNELS.reduce((sum, channel) => sum + figures.channels[channel], 0);
  return Math.round((online / figures.booked) * 1000) / 1000;
}

/** Every clinic-local date from `from` to `to` inclusive (`YYYY-MM-DD`). */
export function datesOf(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day.toISOString().slice(0, 10) <= to; ) {
    dates.push(day.toISOString().slice(0, 10));
    day = new Date(day.getTime() + 86_400_000);
  }
  return dates;
}

/** The daily rows summed per day and per clinic × specialty × practitioner (what the database does for the report). */
export function summarizeLoadRows(rows: readonly LoadRow[]): LoadSummary {
  const days = new Map<string, LoadFigures & { date: string }>();
  const groups = new Map<string, Omit<LoadRow, 'date'>>();
  for (const row of rows) {
    const { date, ...identity } = row;
    const day = days.get(date) ?? { date, ...emptyFigures() };
    days.set(date, day);
    addInto(day, row);
    const key = `${row.organizationId}|${row.specialtyCode}|${row.practitionerId}`;
    const group = groups.get(key) ?? { ...identity, ...emptyFigures() };
    groups.set(key, group);
    addInto(group, row);
  }
  return { days: [...days.values()], groups: [...groups.values()] };
}

/**
 * The period's report from the summed figures: totals, one point per day of the period (days without slots
 * are zeros, so the trend has no gaps) and one line per clinic × specialty × practitioner.
 */
export function buildLoadReport(from: string, to: string, summary: LoadSummary): LoadReport {
  const totals = emptyFigures();
  const days = new Map(datesOf(from, to).map((date) => [date, emptyFigures()]));
  for (const row of summary.days) {
    addInto(totals, row);
    const day = days.get(row.date);
    if (day) addInto(day, row);
  }
  return {
    from,
    to,
    totals: { ...totals, onlineShare: onlineShare(totals) },
    days: [...days].map(([date, figures]) => ({ date, ...figures, onlineShare: onlineShare(figures) })),
    groups: [...summary.groups]
      .sort(
        (a, b) =>
          RUSSIAN.compare(a.organizationName, b.organizationName) ||
          RUSSIAN.compare(a.specialtyName, b.specialtyName) ||
          RUSSIAN.compare(a.practitionerName, b.practitionerName),
      )
      .map((group) => ({ ...group, onlineShare: onlineShare(group) })),
  };
}
