import { clinicTicketPrefix, formatTicketNumber, generateAppointmentCode } from '@talon/core/booking';
import { localDate } from '@talon/core/shared';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { aadFor } from '../crypto/encrypted-columns';
import { createFieldCipher, type FieldCipherKeys } from '../crypto/field-cipher';
import {
  accountRoles,
  accounts,
  appointments,
  encounters,
  organizations,
  patients,
  practitionerRoles,
  slots,
} from '../schema';
import { createRandom } from './random';

/** The demo doctor of the README (a therapist at «Городская поликлиника № 14»). */
export const DEMO_DOCTOR_EMAIL = 'doctor@demo.talon.local';
const VISIT_MINUTES = 30;
/** Visits around the start time: three before the current half hour, the current one, four after. */
const OFFSETS = [-3, -2, -1, 0, 1, 2, 3, 4] as const;
/** The desk's own ticket sequence starts at 1 each day: the demo's visits take numbers it never reaches. */
const FIRST_SEQUENCE = 9_001;
/** The README's demo patient and representative: their own journeys must not meet a visit planted here. */
const README_PHONES = ['+79568542903', '+79858564359'];
const REASONS = [
  'Повышенное давление по утрам',
  'Продление рецепта',
  'Результаты анализов',
  'Кашель и температура третий день',
  'Боль в пояснице',
  'Диспансерный осмотр',
  'Головокружение',
  'Справка для бассейна',
];

/**
 * The demo doctor's day (issue 12): at every demo start, when the doctor has no visit on today's clinic-local
 * date yet, eight visits of patients with a medical record (attached to the doctor's clinic, with visits in
 * their record) around the current time — the earliest fulfilled, the next ones checked in (`arrived`),
 * the rest booked, the day's last one always booked — each with a reason. Deterministic for the day: the patients, codes and reasons come from
 * a random stream seeded by the date. Visits that would fall on another day (near midnight) are left out.
 */
export async function ensureDemoDoctorDay(
  db: Database,
  keys: FieldCipherKeys,
  now: Date = new Date(),
): Promise<number> {
  const cipher = createFieldCipher(keys);
  return db.transaction(async (tx) => {
    const [doctor] = await tx
      .select({
        practitionerId: accounts.practitionerId,
        organizationId: accountRoles.organizationId,
        timeZone: organizations.timeZone,
        shortName: organizations.shortName,
        regionCode: organizations.regionCode,
      })
      .from(accounts)
      .innerJoin(accountRoles, and(eq(accountRoles.accountId, accounts.id), eq(accountRoles.role, 'doctor')))
      .innerJoin(organizations, eq(organizations.id, accountRoles.organizationId))
      .where(and(eq(accounts.email, DEMO_DOCTOR_EMAIL), isNotNull(accounts.practitionerId)))
      .limit(1);
    if (!doctor?.practitionerId || !doctor.organizationId) return 0;
    const [role] = await tx
      .select()
      .from(practitionerRoles)
      .where(
        and(
          eq(practitionerRoles.practitionerId, doctor.practitionerId),
          eq(practitionerRoles.organizationId, doctor.organizationId),
          eq(practitionerRoles.isActive, true),
        ),
      )
      .orderBy(asc(practitionerRoles.id))
      .limit(1);
    if (!role) return 0;
    const today = localDate(now, doctor.timeZone);
    const halfHour = Math.floor(now.getTime() / (VISIT_MINUTES * 60_000)) * VISIT_MINUTES * 60_000;
    const starts = OFFSETS.map((k) => new Date(halfHour + k * VISIT_MINUTES * 60_000));
    const dayStarts = starts.filter((s) => localDate(s, doctor.timeZone) === today);
    if (dayStarts.length === 0) return 0;
    // Written once a day: the day's demo visits carry ticket numbers from FIRST_SEQUENCE on.
    const existing = await tx
      .select({ id: appointments.id })
      .from(appointments)
      .where(
        and(
          eq(appointments.practitionerId, doctor.practitionerId),
          sql`${appointments.ticketNumber} = ${formatTicketNumber(clinicTicketPrefix(doctor.shortName), today, FIRST_SEQUENCE)}`,
        ),
      )
      .limit(1);
    if (existing.length > 0) return 0;
    // Patients with a record at the clinic, no active visit of the specialty (one per specialty, rule 2), and
    // none of the README's demo people or their wards.
    const readmePhones = sql.join(
      README_PHONES.map((phone) => sql`${phone}`),
      sql`, `,
    );
    const candidates = await tx
      .selectDistinct({ id: patients.id })
      .from(patients)
      .innerJoin(encounters, eq(encounters.patientId, patients.id))
      .where(
        and(
          eq(patients.attachedOrganizationId, doctor.organizationId),
          sql`not exists (select 1 from ${appointments} a where a.patient_id = ${patients.id}
                and a.specialty_code = ${role.specialtyCode} and a.status in ('booked', 'confirmed', 'arrived'))
              and not exists (select 1 from accounts ac where ac.patient_id = ${patients.id}
                and ac.phone in (${readmePhones}))
              and not exists (select 1 from representative_links rl
                join accounts ac on ac.patient_id = rl.representative_patient_id
               where rl.ward_patient_id = ${patients.id} and ac.phone in (${readmePhones}))`,
        ),
      )
      .orderBy(asc(patients.id));
    const random = createRandom(Number(today.replaceAll('-', '')), 'doctor-day');
    const chosen = random.shuffle(candidates.map((c) => c.id)).slice(0, dayStarts.length);
    const taken = await tx
      .select({ startsAt: slots.startsAt, id: slots.id, status: slots.status })
      .from(slots)
      .where(and(eq(slots.practitionerRoleId, role.id), inArray(slots.startsAt, dayStarts)));
    const prefix = clinicTicketPrefix(doctor.shortName);
    let written = 0;
    for (const [index, startsAt] of dayStarts.entries()) {
      const patientId = chosen[index];
      if (!patientId) break;
      const slot = taken.find((s) => s.startsAt.getTime() === startsAt.getTime());
      if (slot && slot.status !== 'free') continue;
      const offset = OFFSETS[starts.indexOf(startsAt)]!;
      // Near midnight the visits after now fall on the next day: the day's last one still waits to be checked
      // in, so the desk always has a visit of today to check in.
      const isLastOfDay = startsAt === dayStarts.at(-1);
      const status = offset <= -3 ? 'fulfilled' : offset <= 0 && !isLastOfDay ? 'arrived' : 'booked';
      const slotId =
        slot?.id ??
        (
          await tx
            .insert(slots)
            .values({
              practitionerRoleId: role.id,
              organizationId: doctor.organizationId,
              practitionerId: doctor.practitionerId,
              regionCode: doctor.regionCode,
              specialtyCode: role.specialtyCode,
              locationId: role.locationId,
              startsAt,
              endsAt: new Date(startsAt.getTime() + VISIT_MINUTES * 60_000),
              channels: ['registry'],
              status: 'booked',
            })
            .returning({ id: slots.id })
        )[0]!.id;
      if (slot) await tx.update(slots).set({ status: 'booked' }).where(eq(slots.id, slot.id));
      const id = random.uuid();
      await tx.insert(appointments).values({
        id,
        slotId,
        patientId,
        organizationId: doctor.organizationId,
        practitionerId: doctor.practitionerId,
        specialtyCode: role.specialtyCode,
        startsAt,
        status,
        code: generateAppointmentCode((max) => random.int(0, max - 1)),
        ticketNumber: formatTicketNumber(prefix, today, FIRST_SEQUENCE + index),
        channel: 'registry',
        bookedByKind: 'registrar',
        reasonEncrypted: cipher.encrypt(
          REASONS[index % REASONS.length]!,
          aadFor(appointments.reasonEncrypted, id),
        ),
        arrivedAt: status === 'booked' ? null : new Date(startsAt.getTime() - 10 * 60_000),
      });
      written += 1;
    }
    return written;
  });
}
