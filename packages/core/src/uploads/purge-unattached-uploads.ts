import { UNATTACHED_UPLOAD_HOURS, type UploadsDeps } from './uploads.types';

const BATCH = 200;

/**
 * The `uploads.purge` job: deletes uploads nobody attached within 24 hours — the bytes first (an S3 object),
 * then the row, only if it is still unattached (a file attached meanwhile stays; its S3 object would be gone,
 * which the attach of a 24-hour-old upload makes unlikely enough to accept). Returns how many went.
 */
export async function purgeUnattachedUploads(
  deps: Pick<UploadsDeps, 'store' | 'files' | 'clock'>,
  _principal: null,
  input: { batchSize?: number } = {},
): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - UNATTACHED_UPLOAD_HOURS * 3_600_000);
  let purged = 0;
  for (;;) {
    const stale = await deps.store.transaction((repos) =>
      repos.storedFiles.listUnattached(before, input.batchSize ?? BATCH),
    );
    if (stale.length === 0) return purged;
    for (const file of stale) await deps.files.remove(file);
    const deleted = await deps.store.transaction((repos) =>
      repos.storedFiles.deleteUnattached(stale.map((file) => file.id)),
    );
    purged += deleted;
    if (stale.length < (input.batchSize ?? BATCH)) return purged;
  }
}
