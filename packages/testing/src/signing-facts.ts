import { type Database, schema } from '@talon/db';
import { eq } from 'drizzle-orm';
import { buildOrganization, buildPractitioner } from './factories';

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

/** The signer of the signing tests: Соколова Мария Андреевна, a doctor of a new clinic named `clinicName`. */
export async function buildSigningDoctor(
  db: Database,
  clinicName: string,
): Promise<{ practitionerId: string; organizationId: string }> {
  const organization = await buildOrganization(db, { name: clinicName });
  const practitioner = await buildPractitioner(db, {
    organizationId: organization.id,
    surname: 'Соколова',
    name: 'Мария',
    patronymic: 'Андреевна',
  });
  return { practitionerId: practitioner.id, organizationId: organization.id };
}

/** The random code of a document's QR check page, as the document's row keeps it. */
export async function documentVerificationCode(db: Database, documentId: string): Promise<string | null> {
  const [row] = await db
    .select({ code: schema.documents.verificationCode })
    .from(schema.documents)
    .where(eq(schema.documents.id, documentId));
  return row?.code ?? null;
}

/** Gives an account an e-mail address (for messages sent «on request»). */
export async function setAccountEmail(db: Database, accountId: string, email: string): Promise<void> {
  await db.update(schema.accounts).set({ email }).where(eq(schema.accounts.id, accountId));
}
