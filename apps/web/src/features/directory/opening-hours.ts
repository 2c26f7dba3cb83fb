import type { TOrganization } from './directory.api';

export type TOpeningHours = TOrganization['openingHours'];
export interface HoursInterval {
  opens: string;
  closes: string;
}

/** Consecutive ISO weekdays (1 = Monday) that share the same hours; no intervals means closed. */
export interface OpeningHoursRow {
  firstDay: number;
  lastDay: number;
  intervals: HoursInterval[];
}

const WEEK = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * Groups opening hours into rows of consecutive days with identical hours, Monday to Sunday, days not
 * mentioned being closed: «понедельник — пятница: с 08:00 до 20:00; суббота: …; воскресенье: выходной».
 */
export function groupOpeningHours(hours: TOpeningHours): OpeningHoursRow[] {
  const byDay = new Map<number, HoursInterval[]>(WEEK.map((day) => [day, []]));
  for (const entry of hours) {
    for (const day of new Set(entry.days)) byDay.get(day)?.push({ opens: entry.opens, closes: entry.closes });
  }
  const rows: OpeningHoursRow[] = [];
  for (const day of WEEK) {
    const intervals = (byDay.get(day) ?? []).sort((a, b) => a.opens.localeCompare(b.opens));
    const signature = JSON.stringify(intervals);
    const previous = rows.at(-1);
    if (previous && previous.lastDay === day - 1 && JSON.stringify(previous.intervals) === signature) {
      previous.lastDay = day;
    } else {
      rows.push({ firstDay: day, lastDay: day, intervals });
    }
  }
  return rows;
}

/** Weekday name in the locale, «понедельник» for 1; 2024-01-01 was a Monday. */
export function weekdayName(isoDay: number, locale: string): string {
  const date = new Date(Date.UTC(2024, 0, isoDay));
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** First letter upper-case, as at the start of a table row. */
export function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
