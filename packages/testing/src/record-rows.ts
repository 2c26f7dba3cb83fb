import { type Database, schema } from '@talon/db';
import { eq, inArray, sql } from 'drizzle-orm';

// Rows of the medical record and of uploads as stored, for the API's integration tests (which touch no SQL
// themselves): what the database holds behind the API, and writes that go around the repositories on purpose.

type Db = Pick<Database, 'select' | 'execute'>;

/** An upload's row as stored (its sealed content included). */
export async function storedFileRow(db: Db, id: string) {
  const [row] = await db.select().from(schema.storedFiles).where(eq(schema.storedFiles.id, id));
  return row;
}

export async function storedFileIds(db: Db): Promise<string[]> {
  return (await db.select({ id: schema.storedFiles.id }).from(schema.storedFiles)).map((r) => r.id);
}

/** Makes uploads look `hours` old, for the purge. */
export async function ageStoredFiles(db: Db, ids: readonly string[], hours: number): Promise<void> {
  await db.execute(
    sql`update stored_files set created_at = now() - make_interval(hours => ${hours})
        where id = any(${sql.param([...ids])}::uuid[])`,
  );
}

export async function prescriptionRow(db: Db, id: string) {
  const [row] = await db
    .select({ status: schema.medicationRequests.status, dispensedAt: schema.medicationRequests.dispensedAt })
    .from(schema.medicationRequests)
    .where(eq(schema.medicationRequests.id, id));
  return row;
}

/** A prescription's signed PDF as the `documents` row linked to it (issue 12, item 4). */
export async function prescriptionDocumentRow(db: Db, prescriptionId: string) {
  const [row] = await db
    .select({ document: schema.documents, status: schema.medicationRequests.status })
    .from(schema.medicationRequests)
    .innerJoin(schema.documents, eq(schema.documents.id, schema.medicationRequests.documentId))
    .where(eq(schema.medicationRequests.id, prescriptionId));
  return row;
}

export async function encounterVersionRows(db: Db, encounterId: string) {
  return db
    .select()
    .from(schema.encounterVersions)
    .where(inArray(schema.encounterVersions.encounterId, [encounterId]));
}

/**
 * Writes to a visit record behind the repository's back, as a careless or hostile writer would: the
 * database's trigger (rule 26) must refuse each on a finished record.
 */
export async function tamperWithEncounter(
  db: Db,
  encounterId: string,
  change: 'sections' | 'reopen' | 'version' | 'kept-version',
): Promise<void> {
  const statements = {
    sections: sql`update encounters set conclusion_encrypted = 'x' where id = ${encounterId}`,
    reopen: sql`update encounters set status = 'in-progress' where id = ${encounterId}`,
    version: sql`update encounters set version = version + 1 where id = ${encounterId}`,
    'kept-version': sql`update encounter_versions set version = 7 where encounter_id = ${encounterId}`,
  };
  await db.execute(statements[change]);
}
