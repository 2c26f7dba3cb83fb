import { describe, expect, it } from 'vitest';
import {
  overallState,
  STATUS_THRESHOLDS,
  stateFromCheck,
  stateFromRate,
  withIncidents,
} from './component-state';

const requests = STATUS_THRESHOLDS.requests;
const delivery = STATUS_THRESHOLDS.delivery;

describe('stateFromRate', () => {
  it('ignores rates over too few events', () => {
    expect(stateFromRate({ total: 19, failed: 19 }, requests)).toBe('operational');
    expect(stateFromRate({ total: 0, failed: 0 }, requests)).toBe('operational');
    expect(stateFromRate({ total: 20, failed: 20 }, requests)).toBe('outage');
  });

  it('is degraded from 5 % of requests failing and an outage from 25 %', () => {
    expect(stateFromRate({ total: 100, failed: 4 }, requests)).toBe('operational');
    expect(stateFromRate({ total: 100, failed: 5 }, requests)).toBe('degraded');
    expect(stateFromRate({ total: 100, failed: 24 }, requests)).toBe('degraded');
    expect(stateFromRate({ total: 100, failed: 25 }, requests)).toBe('outage');
  });

  it('judges a channel from 5 messages: 10 % failed is degraded, 50 % an outage', () => {
    expect(stateFromRate({ total: 4, failed: 4 }, delivery)).toBe('operational');
    expect(stateFromRate({ total: 10, failed: 0 }, delivery)).toBe('operational');
    expect(stateFromRate({ total: 11, failed: 1 }, delivery)).toBe('operational');
    expect(stateFromRate({ total: 10, failed: 1 }, delivery)).toBe('degraded');
    expect(stateFromRate({ total: 10, failed: 4 }, delivery)).toBe('degraded');
    expect(stateFromRate({ total: 10, failed: 5 }, delivery)).toBe('outage');
  });
});

describe('stateFromCheck', () => {
  it('is an outage when the check failed, degraded when slow, not configured without a check', () => {
    expect(stateFromCheck({ ok: true, latencyMs: 1000 })).toBe('operational');
    expect(stateFromCheck({ ok: true, latencyMs: 1001 })).toBe('degraded');
    expect(stateFromCheck({ ok: false, latencyMs: 3 })).toBe('outage');
    expect(stateFromCheck(null)).toBe('not_configured');
  });
});

describe('withIncidents', () => {
  const incident = (severity: 'minor' | 'major' | 'critical', status = 'investigating' as const) => ({
    components: ['api' as const],
    severity,
    status,
  });

  it('raises a component named by an open incident to the floor of its severity', () => {
    expect(withIncidents('api', 'operational', [incident('minor')])).toBe('operational');
    expect(withIncidents('api', 'operational', [incident('major')])).toBe('degraded');
    expect(withIncidents('api', 'degraded', [incident('critical')])).toBe('outage');
    expect(withIncidents('api', 'outage', [incident('major')])).toBe('outage');
  });

  it('ignores resolved incidents, other components, and components not configured', () => {
    expect(withIncidents('api', 'operational', [{ ...incident('critical'), status: 'resolved' }])).toBe(
      'operational',
    );
    expect(withIncidents('booking', 'operational', [incident('critical')])).toBe('operational');
    expect(
      withIncidents('identity_provider', 'not_configured', [
        { components: ['identity_provider'], severity: 'critical', status: 'identified' },
      ]),
    ).toBe('not_configured');
  });
});

describe('overallState', () => {
  it('is the worst configured component', () => {
    expect(overallState(['operational', 'not_configured'])).toBe('operational');
    expect(overallState(['operational', 'degraded', 'operational'])).toBe('degraded');
    expect(overallState(['degraded', 'outage', 'not_configured'])).toBe('outage');
  });
});
