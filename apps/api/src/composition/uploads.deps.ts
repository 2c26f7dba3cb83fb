import { createHash, randomUUID } from 'node:crypto';
import type { UploadsDeps } from '@talon/core/uploads';
import { createUploadsStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const uploadsDeps = (infra: Infrastructure): UploadsDeps => ({
  store: createUploadsStore(infra.db),
  files: infra.files,
  clock: infra.clock,
  newId: randomUUID,
  sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
});
