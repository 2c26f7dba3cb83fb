import { describe, expect, it } from 'vitest';
import { visitPayload } from './visit-payload';
import { zoneLabel } from './zone-label';

describe('zone labels and visit payloads', () => {
  it('names zones relative to Moscow', () => {
    const at = new Date('2026-12-01T00:00:00Z');
    expect(zoneLabel('Europe/Moscow', at)).toBe('МСК');
    expect(zoneLabel('Europe/Kaliningrad', at)).toBe('МСК−1');
    expect(zoneLabel('Asia/Kamchatka', at)).toBe('МСК+9');
  });

  it('renders the visit in the clinic’s local time, without names or diagnoses', () => {
    const payload = visitPayload({
      appointmentId: 'a1',
      code: 'ABCD-EFGH',
      startsAt: new Date('2026-12-09T19:30:00Z'),
      timeZone: 'Asia/Kamchatka',
      clinicName: 'ГП № 1',
      room: '12',
    });
    expect(payload).toMatchObject({ at: '10.12.2026 в 07:30', zone: 'МСК+9', clinic: 'ГП № 1', room: '12' });
  });
});
