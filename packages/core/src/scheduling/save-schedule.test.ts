import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../audit';
import type { Principal, RoleGrant } from '../identity';
import { DomainError, fixedClock } from '../shared';
import { generationWindow } from './booking-window';
import { createScheduleException } from './manage-exceptions';
import { previewSchedule } from './preview-schedule';
import { createSchedule, updateSchedule } from './save-schedule';
import type { SchedulingRepos, SchedulingRole } from './scheduling.ports';
import type { ExistingSlot, RegenerationPlan, Schedule, ScheduleException } from './scheduling.types';
import { schedulingScopeOf } from './scheduling-requester';

const ROLE: SchedulingRole = {
  id: 'role-1',
  organizationId: 'clinic-1',
  practitionerId: 'doc-1',
  regionCode: '41',
  specialtyCode: 'ophthalmologist',
  locationId: null,
  isActive: true,
  timeZone: 'Asia/Kamchatka',
  bookingHorizonDays: 14,
  defaultSlotMinutes: 30,
};

/** In-memory repositories: enough of the database for the use cases' rules. */
function memoryStore(existing: ExistingSlot[] = []) {
  const schedules: Schedule[] = [];
  const exceptions: ScheduleException[] = [];
  const audit: AuditEntry[] = [];
  const applied: RegenerationPlan[] = [];
  const repos: SchedulingRepos = {
    schedules: {
      findRole: async (id) => (id === ROLE.id ? ROLE : null),
      listActiveRoleIds: async () => [ROLE.id],
      isLocationOf: async (locationId, organizationId) =>
        locationId === 'room-1' && organizationId === ROLE.organizationId,
      lockRole: async () => {},
      listForRole: async (id) => schedules.filter((s) => s.practitionerRoleId === id),
      search: async () => ({ items: schedules, total: schedules.length }),
      find: async (id) => schedules.find((s) => s.id === id) ?? null,
      create: async (roleId, template, at) => {
        const schedule = {
          ...template,
          id: `s${schedules.length + 1}`,
          practitionerRoleId: roleId,
          createdAt: at,
          updatedAt: at,
        };
        schedules.push(schedule);
        return schedule;
      },
      update: async (id, template, at) => {
        const index = schedules.findIndex((s) => s.id === id);
        schedules[index] = { ...schedules[index]!, ...template, updatedAt: at };
        return schedules[index]!;
      },
      delete: async (id) => {
        schedules.splice(
          schedules.findIndex((s) => s.id === id),
          1,
        );
      },
    },
    exceptions: {
      listForRole: async () => exceptions,
      search: async () => ({ items: exceptions, total: exceptions.length }),
      find: async (id) => exceptions.find((e) => e.id === id) ?? null,
      create: async (e) => {
        const exception = { ...e, id: `e${exceptions.length + 1}`, createdAt: e.at };
        exceptions.push(exception);
        return exception;
      },
      delete: async () => {},
    },
    slots: {
      listInWindow: async () => existing,
      listBookedVisits: async (ids) =>
        ids.includes(BOOKED.id)
          ? [{ slotId: BOOKED.id, appointmentId: 'appt-1', patientId: 'pat-1', patientName: 'Иванова Анна' }]
          : [],
      apply: async (_role, plan) => {
        applied.push(plan);
        return {
          inserted: plan.insert.length,
          deleted: plan.delete.length,
          blocked: plan.block.length,
          updated: plan.update.length,
        };
      },
    },
    audit: { record: async (entry) => void audit.push(entry) },
  };
  return {
    store: { transaction: <T>(work: (r: SchedulingRepos) => Promise<T>) => work(repos) },
    schedules,
    audit,
    applied,
  };
}

const principal = (roles: RoleGrant[]): Principal => ({
  accountId: 'acc-1',
  sessionId: 'sess-1',
  transport: 'cookie',
  stage: 'full',
  displayName: 'Администратор',
  patientId: null,
  practitionerId: null,
  roles,
  csrfToken: null,
});
const origin = { ip: '127.0.0.1', userAgent: 'test' };
const clinicAdmin = principal([{ role: 'clinic_admin', organizationId: 'clinic-1' }]);
const otherAdmin = principal([{ role: 'clinic_admin', organizationId: 'clinic-2' }]);
/** Sunday 12:00 UTC: Monday 00:00 in Kamchatka. */
const clock = fixedClock('2026-12-06T12:00:00Z');
const weekdays = {
  validFrom: '2026-12-01',
  days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '10:00', breaks: [] })),
  channels: ['internet'],
};

const BOOKED: ExistingSlot = {
  id: 'slot-booked',
  startsAt: new Date('2026-12-06T23:00:00Z'), // Monday 11:00 in Kamchatka
  endsAt: new Date('2026-12-06T23:30:00Z'),
  status: 'booked',
  isHeld: false,
  hasAppointments: true,
  hasActiveAppointment: true,
  channels: ['internet'],
  visitType: 'in_person',
  isPriority: false,
  priorityReleasedAt: null,
  scheduleId: 's1',
  locationId: null,
};

describe('createSchedule', () => {
  it('validates with the specialty default, stores, regenerates in the same unit of work and audits', async () => {
    const memory = memoryStore();
    const change = await createSchedule({ store: memory.store, clock }, clinicAdmin, {
      origin,
      practitionerRoleId: ROLE.id,
      template: weekdays,
    });
    expect(change.schedule).toMatchObject({ slotMinutes: 30, practitionerRoleId: ROLE.id });
    // Eleven weekdays (the 14-day horizon and the day after it) × four 30-minute slots.
    expect(change.regeneration).toMatchObject({ inserted: 44, deleted: 0, conflicts: [] });
    expect(memory.audit).toEqual([
      expect.objectContaining({
        action: 'schedule.change',
        actorAccountId: 'acc-1',
        actorRole: 'clinic_admin',
        recordId: 's1',
        details: expect.objectContaining({ operation: 'create', inserted: 44 }),
      }),
    ]);
  });

  it('treats a role of another clinic as not found, and stores nothing', async () => {
    const memory = memoryStore();
    await expect(
      createSchedule({ store: memory.store, clock }, otherAdmin, {
        origin,
        practitionerRoleId: ROLE.id,
        template: weekdays,
      }),
    ).rejects.toMatchObject({
      code: 'PRACTITIONER_ROLE_NOT_FOUND',
      options: { field: 'body.practitionerRoleId' },
    });
    expect(memory.schedules).toEqual([]);
  });

  it('refuses a template colliding with another of the role', async () => {
    const memory = memoryStore();
    const deps = { store: memory.store, clock };
    await createSchedule(deps, clinicAdmin, {
      origin,
      practitionerRoleId: ROLE.id,
      template: weekdays,
    });
    const error = await createSchedule(deps, clinicAdmin, {
      origin,
      practitionerRoleId: ROLE.id,
      template: { ...weekdays, validFrom: '2026-12-10' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('SCHEDULE_OVERLAP');
  });

  it('records a conflict for a booked slot left outside the new hours', async () => {
    const booked = BOOKED;
    const memory = memoryStore([booked]);
    const deps = { store: memory.store, clock };
    const created = await createSchedule(deps, clinicAdmin, {
      origin,
      practitionerRoleId: ROLE.id,
      template: weekdays,
    });
    expect(created.regeneration.conflicts).toEqual([
      { slotId: 'slot-booked', startsAt: booked.startsAt, endsAt: booked.endsAt },
    ]);
    expect(memory.audit.filter((e) => e.action === 'schedule.conflict')).toEqual([
      expect.objectContaining({ recordType: 'slot', recordId: 'slot-booked', outcome: 'failure' }),
    ]);
    await expect(
      updateSchedule(deps, otherAdmin, { origin, scheduleId: 's1', template: weekdays }),
    ).rejects.toMatchObject({ code: 'SCHEDULE_NOT_FOUND' });
  });
});

describe('previewSchedule', () => {
  it('predicts what the save does, slots per day and the conflict with its patient, and writes nothing', async () => {
    const memory = memoryStore([BOOKED]);
    const deps = { store: memory.store, clock };
    const input = { practitionerRoleId: ROLE.id, template: weekdays };
    const preview = await previewSchedule(deps, clinicAdmin, input);
    expect(memory.schedules).toEqual([]);
    expect(memory.applied).toEqual([]);
    expect(memory.audit).toEqual([]);
    // Monday 7 December in Kamchatka first; eleven weekdays of four slots; the first three days listed.
    expect(preview.days[0]).toEqual({ date: '2026-12-07', slots: 4, priority: 0 });
    expect(preview.days).toHaveLength(11);
    expect(preview.slots).toHaveLength(12);
    expect(preview.conflicts).toEqual([
      {
        slotId: BOOKED.id,
        startsAt: BOOKED.startsAt,
        endsAt: BOOKED.endsAt,
        appointmentId: 'appt-1',
        patientId: 'pat-1',
        patientName: 'Иванова Анна',
      },
    ]);

    const saved = await createSchedule(deps, clinicAdmin, { ...input, origin });
    expect(saved.regeneration).toMatchObject({
      inserted: preview.changes.insert,
      deleted: preview.changes.delete,
      conflicts: [expect.objectContaining({ slotId: BOOKED.id })],
    });
    // Editing the saved template: it replaces itself in the plan, so no overlap with its own hours.
    const edited = await previewSchedule(deps, clinicAdmin, { ...input, scheduleId: 's1' });
    expect(edited.days).toEqual(preview.days);
  });

  it('refuses as the save does: another clinic’s role, an unknown template, a broken template', async () => {
    const deps = { store: memoryStore().store, clock };
    const input = { practitionerRoleId: ROLE.id, template: weekdays };
    await expect(previewSchedule(deps, otherAdmin, input)).rejects.toMatchObject({
      code: 'PRACTITIONER_ROLE_NOT_FOUND',
    });
    await expect(previewSchedule(deps, clinicAdmin, { ...input, scheduleId: 'nope' })).rejects.toMatchObject({
      code: 'SCHEDULE_NOT_FOUND',
    });
    const broken = { ...weekdays, days: [{ weekday: 1, start: '10:00', end: '08:00', breaks: [] }] };
    await expect(previewSchedule(deps, clinicAdmin, { ...input, template: broken })).rejects.toMatchObject({
      code: 'SCHEDULE_INVALID',
    });
  });
});

describe('createSchedule rooms', () => {
  it('accepts a room of the role’s clinic and refuses any other with a field error', async () => {
    const memory = memoryStore();
    const deps = { store: memory.store, clock };
    const own = await createSchedule(deps, clinicAdmin, {
      origin,
      practitionerRoleId: ROLE.id,
      template: { ...weekdays, locationId: 'room-1' },
    });
    expect(own.schedule?.locationId).toBe('room-1');
    await expect(
      createSchedule(deps, clinicAdmin, {
        origin,
        practitionerRoleId: ROLE.id,
        template: { ...weekdays, validFrom: '2030-01-01', locationId: 'room-elsewhere' },
      }),
    ).rejects.toMatchObject({
      code: 'SCHEDULE_INVALID',
      options: { fieldErrors: [{ field: 'body.locationId' }] },
    });
  });
});

describe('createScheduleException', () => {
  it('refuses extra hours for a role without a template', async () => {
    const memory = memoryStore();
    await expect(
      createScheduleException({ store: memory.store, clock }, clinicAdmin, {
        origin,
        practitionerRoleId: ROLE.id,
        exception: {
          kind: 'extra_hours',
          startsAt: new Date('2026-12-08T00:00Z'),
          endsAt: new Date('2026-12-08T02:00Z'),
        },
      }),
    ).rejects.toMatchObject({ code: 'SCHEDULE_REQUIRED_FOR_EXTRA_HOURS' });
  });
});

describe('schedulingScopeOf and generationWindow', () => {
  it('gives a system admin everything and a clinic admin their clinics', () => {
    expect(schedulingScopeOf([{ role: 'system_admin', organizationId: null }])).toEqual({ kind: 'all' });
    expect(
      schedulingScopeOf([
        { role: 'clinic_admin', organizationId: 'c1' },
        { role: 'doctor', organizationId: 'c2' },
      ]),
    ).toEqual({ kind: 'organizations', organizationIds: ['c1'] });
  });

  it('spans the clinic horizon (14 days by default, 30 at most) and the day after, from now', () => {
    const now = new Date('2026-12-06T12:00:00Z');
    const days = (h: number | null) => (generationWindow(now, h).to.getTime() - now.getTime()) / 86_400_000;
    // One day more than the horizon: the last bookable clinic-local day ends within it in any zone.
    expect(days(null)).toBe(15);
    expect(days(21)).toBe(22);
    expect(days(90)).toBe(31);
    expect(days(0)).toBe(2);
    expect(generationWindow(now, 14).from).toEqual(now);
  });
});
