import { describe, expect, it } from 'vitest';
import { createTestApp } from './testing/test-app';

// Issue 15, item 8: /dev/* (one-time codes, the demo accounts' passwords) is never served with real keys,
// even with TALON_DEMO=1. The refusals to start are in main.test.ts.
const KEYS = {
  TALON_ENCRYPTION_KEY: Buffer.alloc(32, 21).toString('base64'),
  TALON_LOOKUP_KEY: Buffer.alloc(32, 22).toString('base64'),
};

describe('/dev/* never with real keys', () => {
  it('serves no development route in demo mode when real keys are configured', async () => {
    const t = await createTestApp({ env: KEYS });
    try {
      for (const url of [
        '/dev/messages',
        '/api/v1/dev/messages?to=%2B79160000000',
        '/api/v1/dev/demo-accounts',
      ]) {
        expect((await t.app.inject(url)).statusCode, url).toBe(404);
      }
      const reminder = '/api/v1/dev/appointments/00000000-0000-4000-8000-000000000001/reminder-email';
      expect((await t.app.inject({ method: 'POST', url: reminder })).statusCode).toBe(404);
      const videoNow = '/api/v1/dev/appointments/00000000-0000-4000-8000-000000000001/start-video-now';
      expect((await t.app.inject({ method: 'POST', url: videoNow })).statusCode).toBe(404);
      const drill = { durationSeconds: 60, admissionsPerSecond: 1, placesAhead: 0 };
      expect(
        (await t.app.inject({ method: 'POST', url: '/api/v1/dev/waiting-room/drill', payload: drill }))
          .statusCode,
      ).toBe(404);
    } finally {
      await t.close();
    }
  });
});
