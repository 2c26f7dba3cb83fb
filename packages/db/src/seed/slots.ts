import { generateSlots, generationWindow } from '@talon/core/scheduling';
import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { type SlotInsertRow, slotInsertColumns } from '../repositories/scheduling/slot-columns';
import { schedules, slots } from '../schema';
import { queryRows } from '../sql';
import {
  BATCH_ROWS,
  type CatalogDefinition,
  type Column,
  createPipeline,
  insertAll,
  withSecondaryIndexesRebuilt,
} from './batch-writer';
import type { Directory } from './directory';
import type { ScheduleSeed } from './schedules';

type Executor = Pick<Database, 'execute'>;

const scheduleColumns: Column<ScheduleSeed>[] = [
  { column: schedules.id, value: (s) => s.id },
  { column: schedules.practitionerRoleId, value: (s) => s.practitionerRoleId },
  { column: schedules.locationId, value: (s) => s.locationId },
  { column: schedules.validFrom, value: (s) => s.validFrom },
  { column: schedules.validTo, value: (s) => s.validTo },
  { column: schedules.slotMinutes, value: (s) => s.slotMinutes },
  { column: schedules.days, value: (s) => s.days },
  { column: schedules.visitTypes, value: (s) => s.visitTypes },
  { column: schedules.channels, value: (s) => s.channels },
  { column: schedules.priorityPercent, value: (s) => s.priorityPercent },
  { column: schedules.priorityReleaseHours, value: (s) => s.priorityReleaseHours },
];

/**
 * Stores the templates and materialises their slots for each clinic's booking horizon from `now` (the seed's
 * run date), with the very `generateSlots` the daily job uses, so seeded slots are exactly what a
 * regeneration would keep. Slots are streamed in statements of `BATCH_ROWS` with the table's secondary
 * indexes rebuilt at the end, like the patients. Returns the number of slots.
 */
export async function writeSchedulesAndSlots(
  db: Executor,
  directory: Directory,
  templates: readonly ScheduleSeed[],
  now: Date,
): Promise<number> {
  await insertAll(db, schedules, scheduleColumns, templates);
  // No page is open to hear about a seed's slots: mute the live slot events for this transaction
  // (migration 0006), instead of a NOTIFY per slot.
  await db.execute(sql`select set_config('talon.slot_events', 'off', true)`);
  const clinics = new Map(directory.clinics.map((c) => [c.id, c]));
  // A role may have several templates (the demo doctor's video visits beside the in-person week).
  const templatesOf = new Map<string, ScheduleSeed[]>();
  for (const t of templates)
    templatesOf.set(t.practitionerRoleId, [...(templatesOf.get(t.practitionerRoleId) ?? []), t]);
  return withForeignKeysRevalidated(db, () =>
    withSecondaryIndexesRebuilt(db, slots, async () => {
      const pipeline = createPipeline(db, slots, slotInsertColumns);
      let batch: SlotInsertRow[] = [];
      let written = 0;
      for (const role of directory.roles) {
        const clinic = clinics.get(role.organizationId);
        const ownTemplates = templatesOf.get(role.id);
        if (!clinic || !ownTemplates) continue;
        const owner = { ...role, id: role.id, regionCode: clinic.regionCode };
        const { from, to } = generationWindow(now, clinic.bookingHorizonDays);
        const specs = generateSlots({
          templates: ownTemplates,
          exceptions: [],
          timeZone: clinic.timeZone,
          from,
          to,
          roleLocationId: role.locationId,
        });
        for (const spec of specs) {
          batch.push({ owner, spec });
          if (batch.length < BATCH_ROWS) continue;
          await pipeline.submit(batch);
          written += batch.length;
          batch = [];
        }
      }
      await pipeline.submit(batch);
      await pipeline.drain();
      return written + batch.length;
    }),
  );
}

/**
 * Loads the slots with their foreign keys dropped and then re-added: re-adding checks each key once with a
 * join, where keeping them fires seven per-row trigger checks — most of the load's time on PGlite. Inside
 * the seed's transaction, so the keys are back (and checked) before anyone can see the rows.
 */
async function withForeignKeysRevalidated<T>(db: Executor, load: () => Promise<T>): Promise<T> {
  const keys = await queryRows<CatalogDefinition>(
    db,
    sql`select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
        where conrelid = 'slots'::regclass and contype = 'f' order by conname`,
  );
  for (const key of keys)
    await db.execute(sql`alter table slots drop constraint ${sql.identifier(key.name)}`);
  const result = await load();
  for (const key of keys) {
    // The definition comes from the catalog itself (`FOREIGN KEY (…) REFERENCES …`).
    await db.execute(
      sql`alter table slots add constraint ${sql.identifier(key.name)} ${sql.raw(key.definition)}`,
    );
  }
  return result;
}
