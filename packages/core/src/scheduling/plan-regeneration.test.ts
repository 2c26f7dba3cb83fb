import { describe, expect, it } from 'vitest';
import { planRegeneration } from './plan-regeneration';
import type { ExistingSlot, SlotSpec } from './scheduling.types';

const T0 = new Date('2026-12-07T05:00:00Z').getTime();
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

const spec = (minute: number, overrides: Partial<SlotSpec> = {}): SlotSpec => ({
  startsAt: at(minute),
  endsAt: at(minute + 30),
  channels: ['internet', 'registry'],
  visitType: 'in_person',
  isPriority: false,
  priorityReleasedAt: null,
  scheduleId: 's1',
  locationId: null,
  ...overrides,
});

/** The slot that `spec(minute)` made, free; its channels in another order, which matching ignores. */
const slot = (id: string, minute: number, overrides: Partial<ExistingSlot> = {}): ExistingSlot => ({
  ...spec(minute),
  id,
  status: 'free',
  isHeld: false,
  hasAppointments: false,
  hasActiveAppointment: false,
  channels: ['registry', 'internet'],
  ...overrides,
});

describe('planRegeneration', () => {
  it('inserts new specs and keeps matching slots untouched (channel order does not matter)', () => {
    const plan = planRegeneration([slot('a', 0)], [spec(0), spec(30)]);
    expect(plan).toEqual({ insert: [spec(30)], delete: [], block: [], update: [], conflicts: [] });
  });

  it('deletes free, unheld, unreferenced slots outside the new hours', () => {
    const plan = planRegeneration([slot('a', 0), slot('b', 30)], [spec(0)]);
    expect(plan.delete).toEqual(['b']);
  });

  it('never touches a booked slot: outside the hours it is a conflict', () => {
    const booked = slot('b', 30, { status: 'booked', hasAppointments: true, hasActiveAppointment: true });
    const plan = planRegeneration([booked], [spec(0)]);
    expect(plan).toEqual({
      insert: [spec(0)],
      delete: [],
      block: [],
      update: [],
      conflicts: [{ slotId: 'b', startsAt: at(30), endsAt: at(60) }],
    });
    // Inside the hours, a booked slot stays as it is even when the settings changed.
    expect(planRegeneration([booked], [spec(30, { channels: ['registry'] })])).toEqual({
      insert: [],
      delete: [],
      block: [],
      update: [],
      conflicts: [],
    });
  });

  it('blocks a free slot an old appointment references instead of deleting it', () => {
    const plan = planRegeneration([slot('c', 0, { hasAppointments: true })], []);
    expect(plan.block).toEqual(['c']);
    expect(plan.delete).toEqual([]);
  });

  it('leaves a held slot and a blocked slot alone', () => {
    const plan = planRegeneration([slot('h', 0, { isHeld: true }), slot('x', 30, { status: 'blocked' })], []);
    expect(plan).toEqual({ insert: [], delete: [], block: [], update: [], conflicts: [] });
  });

  it('updates free slots whose channels, priority or room changed', () => {
    const changed = spec(0, { channels: ['registry'], isPriority: true, priorityReleasedAt: at(-1440) });
    const plan = planRegeneration([slot('a', 0)], [changed]);
    expect(plan.update).toEqual([{ id: 'a', spec: changed }]);
    expect(plan.insert).toEqual([]);
  });

  it('replaces slots when the length changes, but never overlaps a slot that stays', () => {
    // 30-minute slots become 15-minute ones; the booked 08:30 slot stays.
    const existing = [
      slot('a', 0),
      slot('b', 30, { status: 'booked', hasActiveAppointment: true, hasAppointments: true }),
    ];
    const specs = [0, 15, 30, 45].map((m) => spec(m, { endsAt: at(m + 15) }));
    const plan = planRegeneration(existing, specs);
    expect(plan.delete).toEqual(['a']);
    expect(plan.conflicts.map((c) => c.slotId)).toEqual(['b']);
    expect(plan.insert.map((s) => s.startsAt)).toEqual([at(0), at(15)]);
  });
});
