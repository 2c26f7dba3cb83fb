import { describe, expect, it } from 'vitest';
import { canonicalJson, decideRepeat } from './idempotency-decision';

describe('Idempotency-Key decisions', () => {
  const done = { fingerprint: 'f1', state: 'done' as const, responseStatus: 201, responseText: '{"id":"a"}' };

  it('replays a finished request with its first status and body', () => {
    expect(decideRepeat(done, 'f1')).toEqual({ kind: 'replay', status: 201, text: '{"id":"a"}' });
  });

  it('refuses the same key with another request, even while the first runs', () => {
    expect(decideRepeat(done, 'f2')).toEqual({ kind: 'mismatch' });
    expect(decideRepeat({ ...done, state: 'in_flight', responseStatus: null }, 'f2').kind).toBe('mismatch');
  });

  it('answers "in flight" to a duplicate of a request still running', () => {
    expect(decideRepeat({ ...done, state: 'in_flight', responseStatus: null }, 'f1')).toEqual({
      kind: 'in_flight',
    });
  });

  it('fingerprints bodies independent of key order and absent fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' } })).toBe(
      canonicalJson({ a: { c: 'x', d: [1, 2] }, b: 1 }),
    );
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
});
