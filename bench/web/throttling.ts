import type { CDPSession } from 'playwright-core';

/**
 * The link and the phone the figures are for: a slow 3G mobile link — 400 kbit/s (50 000 B/s) down and up
 * with a 400 ms round trip, applied per request by DevTools' network emulation — and a CPU four times
 * slower than this machine's (DevTools' «4× slowdown», as Lighthouse's mobile profile uses).
 */
export const PROFILE = {
  name: 'slow 3G (400 kbit/s down, 400 kbit/s up, 400 ms RTT), CPU ×4 slower',
  latencyMs: 400,
  downloadBytesPerSecond: (400 * 1000) / 8,
  uploadBytesPerSecond: (400 * 1000) / 8,
  cpuSlowdown: 4,
} as const;

/** Applies the profile to one page through the Chrome DevTools Protocol. */
export async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latencyMs,
    downloadThroughput: PROFILE.downloadBytesPerSecond,
    uploadThroughput: PROFILE.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
}
