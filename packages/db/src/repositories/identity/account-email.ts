import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { accounts } from '../../schema';

/** The e-mail address of an account, null when it has none (or there is no such account). */
export async function accountEmail(db: DbExecutor, accountId: string): Promise<string | null> {
  const [row] = await db.select({ email: accounts.email }).from(accounts).where(eq(accounts.id, accountId));
  return row?.email ?? null;
}
