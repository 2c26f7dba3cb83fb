import type { AccessDeps } from '@talon/core/access';
import type { VideoDeps } from '@talon/core/video';
import { createVideoRoomsRepository, createVideoSignals } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const videoDeps = (infra: Infrastructure, access: AccessDeps): VideoDeps => ({
  rooms: createVideoRoomsRepository(infra.db),
  signals: createVideoSignals(infra.db),
  access,
  clock: infra.clock,
  iceServers: infra.config.video.iceServers,
});
