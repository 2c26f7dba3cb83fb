import { BOOKING_CHANNELS, type BookingChannel, CANCELLED_BY_KINDS } from '../booking';
import type {
  LoadDetail,
  LoadFigures,
  LoadReport,
  LoadRow,
  LoadSummary,
  OrganizationLoad,
  SpecialtyLoad,
} from './analytics.types';

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

/** Rows summed into one group per key (the identity of a group is its first row's). */
function sumBy<T extends LoadFigures>(
  rows: readonly LoadRow[],
  keyOf: (row: LoadRow) => string,
  identityOf: (row: LoadRow) => Omit<T, keyof LoadFigures>,
): T[] {
  const groups = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key) ?? ({ ...identityOf(row), ...emptyFigures() } as T);
    groups.set(key, group);
    addInto(group, row);
  }
  return [...groups.values()];
}

/** The daily rows summed per day and per group (what the database does for the report). */
export function summarizeLoadRows(
  rows: readonly LoadRow[],
  detail: LoadDetail = 'practitioner',
): LoadSummary {
  const organizationOf = (row: LoadRow) => ({
    organizationId: row.organizationId,
    organizationName: row.organizationName,
  });
  const specialtyOf = (row: LoadRow) => ({
    ...organizationOf(row),
    specialtyCode: row.specialtyCode,
    specialtyName: row.specialtyName,
  });
  return {
    days: sumBy<LoadFigures & { date: string }>(
      rows,
      (row) => row.date,
      (row) => ({ date: row.date }),
    ),
    organizations: sumBy<OrganizationLoad>(rows, (row) => row.organizationId, organizationOf),
    specialties:
      detail === 'organization'
        ? []
        : sumBy<SpecialtyLoad>(rows, (row) => `${row.organizationId}|${row.specialtyCode}`, specialtyOf),
    groups:
      detail === 'practitioner'
        ? sumBy<Omit<LoadRow, 'date'>>(
            rows,
            (row) => `${row.organizationId}|${row.specialtyCode}|${row.practitionerId}`,
            ({ date: _date, ...identity }) => identity,
          )
        : [],
  };
}

const byName =
  <T>(...names: ((item: T) => string)[]) =>
  (a: T, b: T) => {
    for (const name of names) {
      const order = RUSSIAN.compare(name(a), name(b));
      if (order !== 0) return order;
    }
    return 0;
  };
const withShare = <T extends LoadFigures>(item: T) => ({ ...item, onlineShare: onlineShare(item) });
const clinicName = (item: { organizationName: string }) => item.organizationName;
const specialtyName = (item: { specialtyName: string }) => item.specialtyName;

/**
 * The period's report from the summed figures: totals, one point per day of the period (days without slots
 * are zeros, so the trend has no gaps) and the groups sorted by clinic, specialty and practitioner names.
 */
export function buildLoadReport(
  from: string,
  to: string,
  summary: LoadSummary,
  detail: LoadDetail = 'practitioner',
): LoadReport {
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
    detail,
    totals: withShare(totals),
    days: [...days].map(([date, figures]) => withShare({ date, ...figures })),
    organizations: [...summary.organizations].sort(byName(clinicName)).map(withShare),
    specialties: [...summary.specialties]
      .sort(byName<SpecialtyLoad>(clinicName, specialtyName))
      .map(withShare),
    groups: [...summary.groups]
      .sort(byName<Omit<LoadRow, 'date'>>(clinicName, specialtyName, (group) => group.practitionerName))
      .map(withShare),
  };
}
