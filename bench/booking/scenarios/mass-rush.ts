import { randomUUID } from 'node:crypto';
import type { BenchPatient } from '../accounts';
import { type BenchContext, pick } from '../context';
import { type BookableSlot, bookableSlots, scalar } from '../fixtures';

export interface RushFigures {
  slots: number;
  contendersPerSlot: number;
  concurrency: number;
  durationS: number;
  /** Answers by operation and status, e.g. { book: { 201: 2104, 409: 37896 } }. */
  answers: Record<'book' | 'cancel' | 'reschedule', Record<string, number>>;
  checks: {
    /** Slots holding more than one active appointment (anywhere in the database): must be 0. */
    slotsWithTwoActive: number;
    /** Patients with two active future appointments in one specialty: must be 0. */
    patientsWithTwoInSpecialty: number;
    /** Appointments answered 201 (or 200 for a reschedule's new one) in this run. */
    answeredCreated: number;
    /** …of which missing from the database: must be 0. */
    createdMissing: number;
    /** …of which in another status than the run's own later cancel or reschedule left them: must be 0. */
    createdInWrongStatus: number;
    /** Rush slots whose status disagrees with their appointments (booked without one, free with one): 0. */
    slotStatusMismatches: number;
    /** 5xx answers other than 503 OVERLOADED: must be 0 (issue 4: no 5xx but the shedding). */
    serverErrors: number;
    /** 503 OVERLOADED answers (load shed with Retry-After; allowed, counted). */
    shed: number;
  };
  /** The appointments behind `createdMissing` and `createdInWrongStatus`, for diagnosis (at most 20). */
  surprises: { id: string; expected: string; actual: string | null }[];
  passed: boolean;
}

type Expected = 'booked' | 'cancelled_by_patient' | 'rescheduled';

/**
 * The mass rush of issue 4: `slotCount` slots, `contenders` different patients racing for each, with random
 * cancels and reschedules mixed in. `concurrency` requests are in flight at any time; the contenders of a
 * slot come one after another in the queue, so each slot's twenty arrive together. A winner cancels (15 %)
 * or moves to another rush slot of the same specialty (15 %) at once, while the rest of its slot's
 * contenders may still be arriving — a freed slot can be won again. Then the invariants are read from the
 * database.
 */
export async function benchMassRush(
  ctx: BenchContext,
  options: { slotCount: number; contenders: number; concurrency: number },
): Promise<RushFigures> {
  const patients = ctx.patients.rush;
  if (patients.length < options.slotCount * options.contenders) throw new Error('not enough rush patients');
  const slots = await bookableSlots(ctx.pool, options.slotCount);
  const bySpecialty = new Map<string, BookableSlot[]>();
  for (const slot of slots)
    bySpecialty.set(slot.specialtyCode, [...(bySpecialty.get(slot.specialtyCode) ?? []), slot]);
  const tasks: { patient: BenchPatient; slot: BookableSlot }[] = [];
  slots.forEach((slot, s) => {
    for (let c = 0; c < options.contenders; c++)
      tasks.push({ patient: patients[s * options.contenders + c]!, slot });
  });

  const answers: RushFigures['answers'] = { book: {}, cancel: {}, reschedule: {} };
  const created = new Map<string, Expected>();
  const count = (op: keyof RushFigures['answers'], status: number) => {
    answers[op][status] = (answers[op][status] ?? 0) + 1;
  };
  const post = async (patient: BenchPatient, url: string, body: object, idempotent: boolean) => {
    const res = await fetch(`${ctx.server.url}${url}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${patient.token}`,
        'content-type': 'application/json',
        ...(idempotent ? { 'idempotency-key': randomUUID() } : {}),
      },
      body: JSON.stringify(body),
    });
    const json = (await res.json().catch(() => ({}))) as { id?: string };
    return { status: res.status, id: json.id };
  };

  const run = async (task: (typeof tasks)[number]) => {
    const booked = await post(task.patient, '/api/v1/appointments', { slotId: task.slot.slotId }, true);
    count('book', booked.status);
    if (booked.status !== 201 || !booked.id) return;
    created.set(booked.id, 'booked');
    const roll = Math.random();
    if (roll < 0.15) {
      const res = await post(
        task.patient,
        `/api/v1/appointments/${booked.id}/cancel`,
        { reason: 'bench' },
        false,
      );
      count('cancel', res.status);
      if (res.status === 200) created.set(booked.id, 'cancelled_by_patient');
    } else if (roll < 0.3) {
      const target = pick(bySpecialty.get(task.slot.specialtyCode) ?? [task.slot]);
      const res = await post(
        task.patient,
        `/api/v1/appointments/${booked.id}/reschedule`,
        { slotId: target.slotId },
        true,
      );
      count('reschedule', res.status);
      if (res.status === 200 && res.id) {
        created.set(booked.id, 'rescheduled');
        created.set(res.id, 'booked');
      }
    }
  };

  ctx.log(
    `mass rush: ${options.slotCount} slots × ${options.contenders} contenders, ${options.concurrency} in flight`,
  );
  const started = performance.now();
  let cursor = 0;
  const tenth = Math.max(1, Math.floor(tasks.length / 10));
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (cursor < tasks.length) {
        const n = cursor++;
        if (n > 0 && n % tenth === 0) ctx.log(`mass rush: ${(n / tenth) * 10} % sent`);
        await run(tasks[n]!);
      }
    }),
  );
  const durationS = (performance.now() - started) / 1000;

  const answered = (which: (status: number) => boolean) =>
    Object.values(answers)
      .flatMap((byStatus) => Object.entries(byStatus))
      .filter(([status]) => which(Number(status)))
      .reduce((sum, [, n]) => sum + n, 0);
  const ids = [...created.keys()];
  const slotIds = slots.map((s) => s.slotId);
  const { rows } = await ctx.pool.query<{ id: string; status: string }>(
    'select id, status from appointments where id = any($1::uuid[])',
    [ids],
  );
  const inDatabase = new Map(rows.map((r) => [r.id, r.status]));
  const checks: RushFigures['checks'] = {
    slotsWithTwoActive: await scalar(
      ctx.pool,
      `select count(*) as n from (select slot_id from appointments
         where status in ('booked', 'confirmed', 'arrived') group by slot_id having count(*) > 1) x`,
    ),
    patientsWithTwoInSpecialty: await scalar(
      ctx.pool,
      `select count(*) as n from (select patient_id, specialty_code from appointments
         where status in ('booked', 'confirmed') and starts_at > now()
         group by patient_id, specialty_code having count(*) > 1) x`,
    ),
    answeredCreated: ids.length,
    createdMissing: ids.filter((id) => !inDatabase.has(id)).length,
    createdInWrongStatus: ids.filter((id) => inDatabase.has(id) && inDatabase.get(id) !== created.get(id))
      .length,
    slotStatusMismatches: await scalar(
      ctx.pool,
      `select count(*) as n from slots s where s.id = any($1::uuid[]) and (s.status = 'booked') <>
         exists (select 1 from appointments a where a.slot_id = s.id and a.status in ('booked', 'confirmed', 'arrived'))`,
      [slotIds],
    ),
    serverErrors: answered((status) => status >= 500 && status !== 503),
    shed: answered((status) => status === 503),
  };
  const surprises = ids
    .filter((id) => inDatabase.get(id) !== created.get(id))
    .slice(0, 20)
    .map((id) => ({ id, expected: created.get(id)!, actual: inDatabase.get(id) ?? null }));
  const passed = Object.entries(checks).every(
    ([key, value]) => key === 'answeredCreated' || key === 'shed' || value === 0,
  );
  return {
    slots: options.slotCount,
    contendersPerSlot: options.contenders,
    concurrency: options.concurrency,
    durationS,
    answers,
    checks,
    surprises,
    passed,
  };
}
