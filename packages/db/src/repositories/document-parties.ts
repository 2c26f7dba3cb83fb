import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../client';
import { organizations, patients } from '../schema';
import { fullNameOf } from '../sql';

/** The requisites of the clinic that issues a document, as its page shows them (and its zone for dates). */
export const issuerColumns = {
  id: organizations.id,
  name: organizations.name,
  address: organizations.address,
  phone: organizations.phone,
  ogrn: organizations.ogrn,
  timeZone: organizations.timeZone,
};

/** The patient a document is about, as its page names them; null when there is no such card. */
export async function patientOnDocument(
  db: DbExecutor,
  patientId: string,
): Promise<{ fullName: string; birthDate: string } | null> {
  const [row] = await db
    .select({ fullName: fullNameOf(patients), birthDate: patients.birthDate })
    .from(patients)
    .where(eq(patients.id, patientId));
  return row ?? null;
}
