import { createECDH, createPrivateKey, hkdfSync, type KeyObject } from 'node:crypto';

/** The order n of the P-256 group (FIPS 186-4 D.1.2.3): a private key is an integer in [1, n − 1]. */
const P256_ORDER = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');

/**
 * Bytes derived from the installation's secret for one purpose (HKDF-SHA-256, RFC 5869): the demo
 * certificates' keys, serials and ids are the same every time the demo is seeded on one installation, and
 * differ between installations, without a private key in the repository.
 */
function deriveDemoBytes(secret: Uint8Array, label: string, length: number): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'talon/demo-signing', label, length));
}

/**
 * A P-256 private key derived from the secret and `label`. 48 bytes reduced modulo n − 1 keep the bias
 * below 2⁻¹²⁸ (FIPS 186-4 B.4.1); the public point is computed by OpenSSL (ECDH `setPrivateKey`).
 * ECDSA P-256 because such a key is derived at once — an RSA key needs a prime search — and PDF readers
 * verify it (PAdES baseline, ETSI TS 119 312). Demo keys only: a real signer's key is generated in, and
 * never leaves, its signature service.
 */
export function deriveDemoKey(secret: Uint8Array, label: string): KeyObject {
  const seed = BigInt(`0x${deriveDemoBytes(secret, `key/${label}`, 48).toString('hex')}`);
  const d = Buffer.from(((seed % (P256_ORDER - 1n)) + 1n).toString(16).padStart(64, '0'), 'hex');
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey();
  return createPrivateKey({
    format: 'jwk',
    key: {
      kty: 'EC',
      crv: 'P-256',
      d: d.toString('base64url'),
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33, 65).toString('base64url'),
    },
  });
}

/** A certificate serial: 16 derived bytes, positive and without a leading zero (RFC 5280 §4.1.2.2). */
export function deriveDemoSerial(secret: Uint8Array, label: string): string {
  const bytes = deriveDemoBytes(secret, `serial/${label}`, 16);
  bytes[0] = (bytes[0]! & 0x7f) | 0x40;
  return bytes.toString('hex');
}

/** A version-4-shaped uuid, for the certificate rows. */
export function deriveDemoUuid(secret: Uint8Array, label: string): string {
  const bytes = deriveDemoBytes(secret, `id/${label}`, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
