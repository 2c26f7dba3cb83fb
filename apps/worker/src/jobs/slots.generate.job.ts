import { type RegenerateSlotsReport, regenerateSlots, type SchedulingDeps } from '@talon/core/scheduling';
import type { WorkerLogger } from '../logger';

export const GENERATE_SLOTS_JOB = 'slots.generate';
/**
 * Every day at 02:30 UTC: early morning in western Russia, afternoon in Kamchatka. The time does not matter to
 * patients — a run only opens the next day of each horizon and never touches booked slots — so one
 * clinic-independent schedule rolls every clinic's horizon forward.
 */
export const GENERATE_SLOTS_CRON = '30 2 * * *';

export interface GenerateSlotsData {
  /** One role; every active role when absent. */
  practitionerRoleId?: string;
}

/**
 * The daily slot generation: regenerates every active role's slots for its clinic's booking horizon (default
 * 14 days, at most 30), one transaction per role. Failures of single roles are logged and the rest go on;
 * the next run (or the next template change) repairs them. Conflicts were reported when the change that made
 * them was saved, so here they are only counted.
 */
export async function generateSlotsJob(
  deps: SchedulingDeps & { logger: WorkerLogger },
  data: GenerateSlotsData,
): Promise<RegenerateSlotsReport> {
  const started = Date.now();
  const report = await regenerateSlots(deps, null, { practitionerRoleId: data.practitionerRoleId });
  const conflicts = report.results.reduce((n, r) => n + r.conflicts.length, 0);
  deps.logger.info(
    {
      roles: report.roles,
      inserted: report.inserted,
      deleted: report.deleted,
      blocked: report.blocked,
      updated: report.updated,
      conflicts,
      failed: report.failed.length,
      ms: Date.now() - started,
    },
    'slots generated',
  );
  for (const failure of report.failed) {
    deps.logger.error(
      { practitionerRoleId: failure.practitionerRoleId, err: failure.error },
      'slot generation failed',
    );
  }
  return report;
}
