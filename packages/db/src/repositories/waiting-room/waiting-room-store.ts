import type { WaitingRoomStore } from '@talon/core/waiting-room';
import type { Database } from '../../client';
import { createWaitingRoomRepository } from './waiting-room.repository';

/** The waiting room's unit of work: an admission pass, its state and its announcement commit together. */
export function createWaitingRoomStore(db: Database, options: { initialRate: number }): WaitingRoomStore {
  return {
    read: (work) => work({ places: createWaitingRoomRepository(db, options) }),
    transaction: (work) => db.transaction((tx) => work({ places: createWaitingRoomRepository(tx, options) })),
  };
}
