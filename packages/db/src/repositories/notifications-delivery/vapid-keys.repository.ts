import { generateKeyPairSync } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { vapidKeys } from '../../schema/notifications-delivery.schema';

export interface VapidKeyPair {
  publicKey: string;
  privateKey: string;
}

/**
 * A new VAPID key pair (ECDSA P-256) in the encoding Web Push uses: the public key as the uncompressed
 * point (65 bytes), the private key as the 32-byte scalar, both base64url.
 */
export function generateVapidKeyPair(): VapidKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const pub = publicKey.export({ format: 'jwk' });
  const priv = privateKey.export({ format: 'jwk' });
  const point = Buffer.concat([
    Buffer.from([4]),
    Buffer.from(pub.x ?? '', 'base64url'),
    Buffer.from(pub.y ?? '', 'base64url'),
  ]);
  return { publicKey: point.toString('base64url'), privateKey: priv.d ?? '' };
}

/**
 * The installation's VAPID key pair, made once: the first process to start inserts the pair it generated;
 * a process racing it loses the insert and reads the winner's, so every process signs with the same key.
 */
const privateKeyAad = aadFor(vapidKeys.privateKeyEncrypted, 'default');

export async function loadOrCreateVapidKeys(
  executor: DbExecutor,
  cipher: Pick<FieldCipher, 'encrypt' | 'decrypt'>,
  generate: () => VapidKeyPair = generateVapidKeyPair,
): Promise<VapidKeyPair> {
  const read = async () => {
    const [row] = await executor.select().from(vapidKeys).where(eq(vapidKeys.id, 'default'));
    return row
      ? { publicKey: row.publicKey, privateKey: cipher.decrypt(row.privateKeyEncrypted, privateKeyAad) }
      : null;
  };
  const existing = await read();
  if (existing) return existing;
  const pair = generate();
  await executor
    .insert(vapidKeys)
    .values({
      id: 'default',
      publicKey: pair.publicKey,
      privateKeyEncrypted: cipher.encrypt(pair.privateKey, privateKeyAad),
    })
    .onConflictDoNothing();
  const stored = await read();
  if (!stored) throw new Error('VAPID keys vanished after insert');
  return stored;
}
