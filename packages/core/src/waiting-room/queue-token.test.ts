import { describe, expect, it } from 'vitest';
import { placeIdOfQueueToken, signQueueToken } from './queue-token';

const key = Buffer.from('a test key of the waiting room, 32 bytes');
const placeId = '0b6d6d0e-8f1e-4c55-9a3e-2d7c1f0a9b11';

describe('queue tokens', () => {
  it('name their place under the key that signed them', () => {
    const token = signQueueToken(placeId, key);
    expect(token).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    expect(placeIdOfQueueToken(token, key)).toBe(placeId);
  });

  it('name nothing when forged, altered, moved to another place or signed with another key', () => {
    const token = signQueueToken(placeId, key);
    const tag = token.split('.')[1]!;
    const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(placeIdOfQueueToken(flipped, key)).toBeNull();
    expect(placeIdOfQueueToken(`1b6d6d0e-8f1e-4c55-9a3e-2d7c1f0a9b11.${tag}`, key)).toBeNull();
    expect(placeIdOfQueueToken(token, Buffer.from('another key'))).toBeNull();
    expect(placeIdOfQueueToken(placeId, key)).toBeNull();
    expect(placeIdOfQueueToken(`${placeId}.`, key)).toBeNull();
    expect(placeIdOfQueueToken(`not-a-uuid.${tag}`, key)).toBeNull();
  });
});
