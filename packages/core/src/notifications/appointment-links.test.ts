import { describe, expect, it } from 'vitest';
import { fixedClock, isDomainError } from '../shared';
import { signAppointmentLink } from './appointment-link-token';
import { type AppointmentLinkDeps, describeAppointmentLink, useAppointmentLink } from './appointment-links';

const key = Buffer.alloc(32, 3);
const visitId = '6f1c2a4e-0000-4000-8000-000000000001';
const accountId = '6f1c2a4e-0000-4000-8000-000000000002';
const origin = { ip: '10.0.0.7', userAgent: 'test' };

function setup(now = '2026-12-07T07:00:00Z') {
  const used = new Set<string>();
  const calls: string[] = [];
  let status = 'booked';
  const deps: AppointmentLinkDeps = {
    clock: fixedClock(new Date(now)),
    key,
    links: {
      findVisit: async (id) =>
        id === visitId
          ? {
              id,
              code: 'ABCD-EFGH',
              status,
              startsAt: new Date('2026-12-10T07:00:00Z'),
              timeZone: 'Europe/Kaliningrad',
              clinicName: 'ГП',
            }
          : null,
      isUsed: async (t) => used.has(t),
      recordUse: async (t) => {
        if (used.has(t)) return false;
        used.add(t);
        return true;
      },
      forgetUse: async (t) => {
        used.delete(t);
      },
    },
    actions: {
      confirm: async (acc, id) => {
        calls.push(`confirm ${acc} ${id}`);
        status = 'confirmed';
      },
      cancel: async () => {
        throw new Error('refused');
      },
    },
  };
  return { deps, calls };
}

const link = (action: 'confirm' | 'cancel' | 'change', expiresAt = '2026-12-10T07:00:00Z') =>
  signAppointmentLink({ appointmentId: visitId, accountId, action, expiresAt: new Date(expiresAt) }, key);

const codeOf = async (work: Promise<unknown>) =>
  work.then(
    () => 'ok',
    (e: unknown) => (isDomainError(e) ? e.code : String(e)),
  );

describe('signed appointment links', () => {
  it('confirms once as the account it was sent to; the second use is refused', async () => {
    const { deps, calls } = setup();
    const token = link('confirm');
    expect((await describeAppointmentLink(deps, null, { token })).appointment).toMatchObject({
      zone: 'МСК−1',
      localTime: '10.12.2026 в 09:00',
    });
    expect((await useAppointmentLink(deps, null, { origin, token })).appointment.status).toBe('confirmed');
    expect(calls).toEqual([`confirm ${accountId} ${visitId}`]);
    expect(await codeOf(useAppointmentLink(deps, null, { origin, token }))).toBe('APPOINTMENT_LINK_USED');
    expect(await codeOf(describeAppointmentLink(deps, null, { token }))).toBe('APPOINTMENT_LINK_USED');
  });

  it('refuses expired and tampered links', async () => {
    const { deps } = setup();
    expect(
      await codeOf(
        useAppointmentLink(deps, null, { origin, token: link('confirm', '2026-12-07T06:00:00Z') }),
      ),
    ).toBe('APPOINTMENT_LINK_EXPIRED');
    expect(await codeOf(useAppointmentLink(deps, null, { origin, token: `${link('confirm')}x` }))).toBe(
      'APPOINTMENT_LINK_INVALID',
    );
  });

  it('forgets the use when the action is refused, so the person can retry', async () => {
    const { deps } = setup();
    const token = link('cancel');
    expect(await codeOf(useAppointmentLink(deps, null, { origin, token }))).toBe('Error: refused');
    expect((await describeAppointmentLink(deps, null, { token })).action).toBe('cancel');
  });

  it('answers where to pick a new time for change', async () => {
    const { deps } = setup();
    expect((await useAppointmentLink(deps, null, { origin, token: link('change') })).redirectTo).toBe(
      `/appointments/${visitId}`,
    );
  });
});
