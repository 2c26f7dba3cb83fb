/** The times one ticket took, as the metrics need them. */
export interface TicketTimes {
  createdAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
}

/** Count, mean and median of one duration, in hours; null averages when nothing was measured. */
export interface DurationSummary {
  count: number;
  averageHours: number | null;
  medianHours: number | null;
}

export interface SupportMetrics {
  /** Tickets opened in the period. */
  opened: number;
  /** Of those, still without any operator's answer. */
  unanswered: number;
  /** From opening to the first operator's message (seed 003: 48 h before Talon, 12 h the aim). */
  firstResponse: DurationSummary;
  /** From opening to «Решено». */
  resolution: DurationSummary;
}

const HOUR = 3_600_000;

const round = (hours: number) => Math.round(hours * 100) / 100;

function summarise(durations: number[]): DurationSummary {
  if (!durations.length) return { count: 0, averageHours: null, medianHours: null };
  const sorted = [...durations].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return { count: sorted.length, averageHours: round(mean / HOUR), medianHours: round(median / HOUR) };
}

/**
 * First response and resolution times of the tickets opened in a period (issue 17 item 2): means and
 * medians in hours, rounded to hundredths. A ticket not yet answered (or resolved) counts in `opened` but in
 * neither duration; a time before the opening (a clock error) counts as zero.
 */
export function supportMetrics(tickets: readonly TicketTimes[]): SupportMetrics {
  const since = (ticket: TicketTimes, at: Date | null) =>
    at === null ? null : Math.max(0, at.getTime() - ticket.createdAt.getTime());
  const firstResponses = tickets.map((t) => since(t, t.firstResponseAt)).filter((d) => d !== null);
  const resolutions = tickets.map((t) => since(t, t.resolvedAt)).filter((d) => d !== null);
  return {
    opened: tickets.length,
    unanswered: tickets.length - firstResponses.length,
    firstResponse: summarise(firstResponses),
    resolution: summarise(resolutions),
  };
}
