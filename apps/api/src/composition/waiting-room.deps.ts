import { createHmac } from 'node:crypto';
import type { WaitingRoomDeps } from '@talon/core/waiting-room';
import { createWaitingRoomStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

/** Queue tokens are signed with a key derived from the server's look-up key (never the key itself). */
const deriveTokenKey = (lookupKey: Buffer) =>
  createHmac('sha256', lookupKey).update('talon/waiting-room-token').digest();

export const waitingRoomDeps = (infra: Infrastructure): WaitingRoomDeps => {
  const settings = infra.config.waitingRoom;
  return {
    store: createWaitingRoomStore(infra.db, { initialRate: settings.initialRate }),
    controlStore: createWaitingRoomStore(infra.backgroundDb, { initialRate: settings.initialRate }),
    clock: infra.clock,
    tokenKey: deriveTokenKey(infra.config.secrets.lookupKey),
    settings,
  };
};
