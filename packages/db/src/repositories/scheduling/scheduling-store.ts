import type { SchedulingRepos, SchedulingStore } from '@talon/core/scheduling';
import type { Database, DbExecutor } from '../../client';
import { createAuditRepository } from '../audit.repository';
import { createScheduleExceptionRepository } from './schedule-exceptions.repository';
import { createScheduleRepository } from './schedules.repository';
import { createSlotGenerationRepository } from './slot-generation.repository';

const createRepos = (tx: DbExecutor): SchedulingRepos => ({
  schedules: createScheduleRepository(tx),
  exceptions: createScheduleExceptionRepository(tx),
  slots: createSlotGenerationRepository(tx),
  audit: createAuditRepository(tx),
});

/**
 * Scheduling's unit of work: a template or exception change, the regeneration of the role's slots, the audit
 * entry and the conflicts it found commit together or not at all.
 */
export function createSchedulingStore(db: Database): SchedulingStore {
  return {
    transaction: (work) => db.transaction((tx) => work(createRepos(tx))),
  };
}
