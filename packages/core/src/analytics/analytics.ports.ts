import type { Clock } from '../shared';
import type { LoadQuery, LoadRow, LoadSummary, ThirdSlotFact } from './analytics.types';

/** The figures analytics reads from the database (aggregates only: no patient appears in them). */
export interface AnalyticsRepository {
  /**
   * Per clinic and specialty with an active practitioner role: the start of the third next free slot after
   * `now` that anyone may book (not held, not an unreleased priority slot), or null.
   */
  thirdNextFreeSlots(query: {
    now: Date;
    organizationIds: readonly string[] | null;
    specialtyCode?: string;
  }): Promise<ThirdSlotFact[]>;
  /** Daily load rows (clinic-local date × clinic × specialty × practitioner) of the period. */
  loadRows(query: LoadQuery): Promise<LoadRow[]>;
  /** The same figures summed per day and per clinic × specialty × practitioner (the report, not the CSV). */
  loadSummary(query: LoadQuery): Promise<LoadSummary>;
  organizationExists(organizationId: string): Promise<boolean>;
}

export interface AnalyticsDeps {
  analytics: AnalyticsRepository;
  clock: Clock;
}
