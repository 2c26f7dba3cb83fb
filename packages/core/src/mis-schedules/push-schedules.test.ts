import { describe, expect, it } from 'vitest';
import type { ClientPrincipal } from '../integration-clients';
import type { OutgoingMessage } from '../messaging';
import { DomainError, fixedClock } from '../shared';
import type { MisScheduleStore } from './mis-schedules.ports';
import type { MisSlotPush, SlotApplyOutcome } from './mis-schedules.types';
import { pushMisSchedule, pushMisSlot } from './push-schedules';

const CLINIC = 'c0000000-0000-4000-8000-000000000001';
const client: ClientPrincipal = {
  kind: 'client',
  clientId: 'client-1',
  tokenId: 'token-1',
  organizationId: CLINIC,
  scopes: ['system/Slot.cu'],
};
const start = new Date('2026-12-08T07:00:00Z');
const push: MisSlotPush = {
  target: { identifier: { system: 'urn:oid:1.2.3', value: 'S-1' } },
  identifier: { system: 'urn:oid:1.2.3', value: 'S-1' },
  practitionerRoleId: 'role-1',
  startsAt: start,
  endsAt: new Date(start.getTime() + 30 * 60_000),
  state: 'busy',
};

function fakeStore(outcome: SlotApplyOutcome) {
  const told: OutgoingMessage[] = [];
  const applied: string[] = [];
  const store: MisScheduleStore = {
    async applySlot(organizationId) {
      applied.push(organizationId);
      return outcome;
    },
    async applySchedule() {
      return { kind: 'done', practitionerRoleId: 'role-1', created: true, blockedSlots: 0 };
    },
    async tellClinicAdmins(_organizationId, _clientId, tell) {
      told.push(...tell({ clientName: 'МИС поликлиники', accountIds: ['admin-1', 'admin-2'] }));
      return told.map((_, i) => String(i));
    },
  };
  return { deps: { store, clock: fixedClock('2026-12-07T09:00:00Z') }, told, applied };
}

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return [error.code, error.options.field];
    throw error;
  }
  return 'accepted';
};

describe('pushMisSlot', () => {
  it('applies the push within the client’s clinic', async () => {
    const { deps, applied } = fakeStore({ kind: 'done', slotId: 'slot-1', created: true });
    expect(await pushMisSlot(deps, client, push)).toEqual({ slotId: 'slot-1', created: true });
    expect(applied).toEqual([CLINIC]);
  });

  it('refuses a client of no clinic and a slot that ends before it starts, before touching the store', async () => {
    const { deps, applied } = fakeStore({ kind: 'done', slotId: 'slot-1', created: false });
    expect(await codeOf(pushMisSlot(deps, { ...client, organizationId: null }, push))).toEqual([
      'MIS_CLIENT_WITHOUT_ORGANIZATION',
      undefined,
    ]);
    expect(await codeOf(pushMisSlot(deps, client, { ...push, endsAt: start }))).toEqual([
      'MIS_RESOURCE_INVALID',
      'Slot.end',
    ]);
    expect(
      await codeOf(pushMisSlot(deps, client, { ...push, endsAt: new Date(start.getTime() + 25 * 3600_000) })),
    ).toEqual(['MIS_RESOURCE_INVALID', 'Slot.end']);
    expect(await codeOf(pushMisSlot(deps, client, { ...push, identifier: null }))).toEqual([
      'MIS_RESOURCE_INVALID',
      'Slot.identifier',
    ]);
    expect(applied).toEqual([]);
  });

  it('answers a slot booked in Talon with MIS_SLOT_BOOKED_IN_TALON and tells each clinic admin, no patient data', async () => {
    const { deps, told } = fakeStore({ kind: 'booked_in_talon', slotId: 'slot-9', startsAt: start });
    expect(await codeOf(pushMisSlot(deps, client, push))).toEqual(['MIS_SLOT_BOOKED_IN_TALON', undefined]);
    expect(told.map((m) => [m.template, m.channel, m.accountId])).toEqual([
      ['mis_slot_conflict', 'in_app', 'admin-1'],
      ['mis_slot_conflict', 'in_app', 'admin-2'],
    ]);
    expect(told[0]!.payload).toEqual({ client: 'МИС поликлиники', slotStart: '08.12.2026 07:00 UTC' });
  });

  it('maps the store’s other refusals to their codes and fields', async () => {
    const cases: [SlotApplyOutcome, unknown[]][] = [
      [{ kind: 'schedule_not_found' }, ['MIS_SCHEDULE_NOT_FOUND', 'Slot.schedule']],
      [{ kind: 'slot_not_found' }, ['MIS_SLOT_NOT_FOUND', undefined]],
      [{ kind: 'time_taken' }, ['MIS_SLOT_TIME_TAKEN', 'Slot.start']],
      [{ kind: 'identifier_taken' }, ['MIS_IDENTIFIER_TAKEN', 'Slot.identifier']],
    ];
    for (const [outcome, expected] of cases) {
      expect(await codeOf(pushMisSlot(fakeStore(outcome).deps, client, push))).toEqual(expected);
    }
  });
});

describe('pushMisSchedule', () => {
  it('needs the MIS identifier: without it the role would not be the MIS’s', async () => {
    const { deps } = fakeStore({ kind: 'done', slotId: 'x', created: false });
    const schedule = { target: { practitionerRoleId: 'role-1' }, practitionerRoleId: 'role-1', active: true };
    expect(await codeOf(pushMisSchedule(deps, client, { ...schedule, identifier: null }))).toEqual([
      'MIS_RESOURCE_INVALID',
      'Schedule.identifier',
    ]);
    const identifier = { system: 'urn:oid:1.2.3', value: 'R-1' };
    expect(await pushMisSchedule(deps, client, { ...schedule, identifier })).toEqual({
      practitionerRoleId: 'role-1',
      created: true,
      blockedSlots: 0,
    });
  });
});
