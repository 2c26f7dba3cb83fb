import type { Principal } from '../identity';
import type { Clock } from '../shared';
import type { DeliveryReportRepository } from './notifications-delivery.ports';
import type { DeliveryStatusReport } from './notifications-delivery.types';

/**
 * Records what the SMS gateway reported; reports for unknown message ids are counted and dropped. The
 * gateway is no principal: the route checks its signature first.
 */
export async function recordDeliveryReports(
  deps: { reports: DeliveryReportRepository; clock: Clock },
  _principal: Principal | null,
  input: { reports: readonly DeliveryStatusReport[] },
): Promise<{ recorded: number; unknown: number }> {
  let recorded = 0;
  for (const report of input.reports) {
    if (await deps.reports.record(report, deps.clock.now())) recorded++;
  }
  return { recorded, unknown: input.reports.length - recorded };
}
