import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { loginFailures, oneTimeCodes, rateLimitCounters, registrations, sessions } from '../../schema';
import { instant, queryRows } from '../../sql';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long identity's short-lived rows are kept once they can no longer be used (152-ФЗ art. 5 part 7:
 * personal data are kept no longer than their purpose needs; docs/identity.md, «Retention»). The margin
 * after expiry lets support answer «why did my code not work» and the lockout rules look back far enough.
 */
export const IDENTITY_RETENTION = {
  /** Open or finished registrations (phone, encrypted SNILS and name): a week after they expire. */
  registrationsAfterExpiryDays: 7,
  /** One-time codes (registration, login, password reset, consents): a week after they expire. */
  codesAfterExpiryDays: 7,
  /** Failed logins (an address, an account): 30 days after the attempt; the lockout looks back 24 h. */
  loginFailuresDays: 30,
  /** Sessions (address, browser): 30 days after their absolute expiry; the sessions list shows live ones. */
  sessionsAfterExpiryDays: 30,
} as const;

export interface RetentionPurge {
  registrations: number;
  codes: number;
  loginFailures: number;
  sessions: number;
  rateLimitCounters: number;
}

export type RetentionRepository = ReturnType<typeof createRetentionRepository>;

export function createRetentionRepository(db: DbExecutor) {
  const before = (now: Date, days: number) => instant(new Date(now.getTime() - days * DAY_MS));
  const count = async (statement: ReturnType<typeof sql>) => (await queryRows(db, statement)).length;
  return {
    /** Deletes what has outlived its retention period at `now`; returns how many rows of each table. */
    async purgeExpired(now: Date): Promise<RetentionPurge> {
      const r = IDENTITY_RETENTION;
      return {
        registrations: await count(
          sql`delete from ${registrations} where expires_at < ${before(now, r.registrationsAfterExpiryDays)} returning 1`,
        ),
        codes: await count(
          sql`delete from ${oneTimeCodes} where expires_at < ${before(now, r.codesAfterExpiryDays)} returning 1`,
        ),
        loginFailures: await count(
          sql`delete from ${loginFailures} where created_at < ${before(now, r.loginFailuresDays)} returning 1`,
        ),
        sessions: await count(
          sql`delete from ${sessions} where expires_at < ${before(now, r.sessionsAfterExpiryDays)} returning 1`,
        ),
        rateLimitCounters: await count(
          sql`delete from ${rateLimitCounters} where expires_at <= ${instant(now)} returning 1`,
        ),
      };
    },
  };
}
