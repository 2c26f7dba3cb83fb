import { createPublicKey, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveDemoKey, deriveDemoSerial, deriveDemoUuid } from './demo-keys';

const secret = Buffer.alloc(32, 7);
const publicDer = (key: ReturnType<typeof deriveDemoKey>) =>
  createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('hex');

describe('demo keys', () => {
  it('derives the same P-256 key from the same secret and label, another for another', () => {
    const key = deriveDemoKey(secret, 'seed-1/authority');
    expect(key.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(publicDer(deriveDemoKey(secret, 'seed-1/authority'))).toBe(publicDer(key));
    expect(publicDer(deriveDemoKey(secret, 'seed-2/authority'))).not.toBe(publicDer(key));
    expect(publicDer(deriveDemoKey(Buffer.alloc(32, 8), 'seed-1/authority'))).not.toBe(publicDer(key));
  });

  it('derives a key whose public half verifies its signatures', () => {
    const key = deriveDemoKey(secret, 'practitioner/1');
    const signature = sign('sha256', Buffer.from('Выписной эпикриз'), key);
    expect(verify('sha256', Buffer.from('Выписной эпикриз'), createPublicKey(key), signature)).toBe(true);
  });

  it('derives positive 16-byte serials without a leading zero, and uuids', () => {
    const serials = ['a', 'b', 'c', 'd'].map((label) => deriveDemoSerial(secret, label));
    for (const serial of serials) expect(serial).toMatch(/^[4-7][0-9a-f]{31}$/);
    expect(new Set(serials).size).toBe(4);
    expect(deriveDemoSerial(secret, 'a')).toBe(serials[0]);
    expect(deriveDemoUuid(secret, 'a')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(deriveDemoUuid(secret, 'a')).not.toBe(deriveDemoUuid(secret, 'b'));
  });
});
