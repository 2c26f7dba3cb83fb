import { type Database, schema } from '@talon/db';
import { eq } from 'drizzle-orm';

/** Revokes every signing certificate of an organisation at `at`, for tests of what can still sign. */
export async function revokeOrganizationCertificates(
  db: Database,
  organizationId: string,
  at: Date,
): Promise<void> {
  await db
    .update(schema.signingCertificates)
    .set({ revokedAt: at })
    .where(eq(schema.signingCertificates.organizationId, organizationId));
}
