import { createPublicKey, createSign, createVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateVapidKeyPair } from './vapid-keys.repository';

describe('generateVapidKeyPair', () => {
  it('makes a P-256 pair in the Web Push encoding that signs and verifies', () => {
    const pair = generateVapidKeyPair();
    const point = Buffer.from(pair.publicKey, 'base64url');
    expect(point).toHaveLength(65);
    expect(point[0]).toBe(4);
    expect(Buffer.from(pair.privateKey, 'base64url')).toHaveLength(32);
    const jwk = {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    };
    const signature = createSign('SHA256')
      .update('x')
      .sign({ key: { ...jwk, d: pair.privateKey }, format: 'jwk' });
    const isValid = createVerify('SHA256')
      .update('x')
      .verify(createPublicKey({ key: jwk, format: 'jwk' }), signature);
    expect(isValid).toBe(true);
  });
});
