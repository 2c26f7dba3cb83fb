import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { regions, specialties } from '../schema';
import { syncHelpArticles } from './help-articles';
import { syncIcd10Codes } from './icd10-codes';
import regionsJson from './regions.json' with { type: 'json' };
import specialtiesJson from './specialties.json' with { type: 'json' };

type SpecialtyJson = (typeof specialtiesJson)[number];

/**
 * Upserts the reference lists shipped with the code, so every installation (not only the demo) has the 85
 * regions, the specialties with their flags, the МКБ-10 codes of outpatient care (`icd10-codes.ts`) and the
 * first help articles (`help-articles.ts`).
 * Region-specific booking rules will be separate data.
 */
export async function syncReferenceData(db: Database): Promise<void> {
  await db
    .insert(regions)
    .values(regionsJson.map((r) => ({ code: r.code, name: r.name, timeZone: r.timeZone })))
    .onConflictDoUpdate({
      target: regions.code,
      set: { name: sql`excluded.name`, timeZone: sql`excluded.time_zone` },
    });
  await db
    .insert(specialties)
    .values(
      (specialtiesJson as SpecialtyJson[]).map((s, index) => ({
        code: s.code,
        name: s.name,
        kind: s.kind as 'doctor' | 'service',
        ageGroup: s.ageGroup as 'adult' | 'child' | 'any',
        normMinutes: s.normMinutes,
        defaultSlotMinutes: s.defaultSlotMinutes,
        selfBooking: s.selfBooking,
        referralRequired: s.referralRequired,
        attachmentRequired: s.attachmentRequired,
        sortOrder: index,
      })),
    )
    .onConflictDoUpdate({
      target: specialties.code,
      set: {
        name: sql`excluded.name`,
        kind: sql`excluded.kind`,
        ageGroup: sql`excluded.age_group`,
        normMinutes: sql`excluded.norm_minutes`,
        defaultSlotMinutes: sql`excluded.default_slot_minutes`,
        selfBooking: sql`excluded.self_booking`,
        referralRequired: sql`excluded.referral_required`,
        attachmentRequired: sql`excluded.attachment_required`,
        sortOrder: sql`excluded.sort_order`,
      },
    });
  await syncIcd10Codes(db);
  await syncHelpArticles(db);
}
