import type { UploadsDeps } from '@talon/core/uploads';
import { purgeUnattachedUploads } from '@talon/core/uploads';
import type { WorkerLogger } from '../logger';

export const PURGE_UPLOADS_JOB = 'uploads.purge';
/** Hourly: an upload not attached within 24 hours is gone within 25 (docs/domain.md rule 23). */
export const PURGE_UPLOADS_CRON = '41 * * * *';

/** Deletes the uploads nobody attached to a request within 24 hours (their bytes first, then the rows). */
export async function purgeUploadsJob(
  deps: Pick<UploadsDeps, 'store' | 'files' | 'clock'> & { logger: WorkerLogger },
): Promise<number> {
  const purged = await purgeUnattachedUploads(deps, null);
  if (purged > 0) deps.logger.info({ purged }, 'unattached uploads deleted');
  return purged;
}
