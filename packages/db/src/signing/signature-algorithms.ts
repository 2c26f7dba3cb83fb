import type { KeyObject } from 'node:crypto';

/**
 * Signature and digest algorithms of Talon's own signer: SHA-256 with ECDSA P-256 (the demo keys) or with
 * RSA PKCS #1 v1.5 (a local key of that kind), as PAdES baseline signatures use them (ETSI TS 119 312).
 * GOST R 34.10-2012 belongs to the qualified signature service, not here (docs/signatures.md).
 */
export const OID = {
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  ecdsaWithSha384: '1.2.840.10045.4.3.3',
  ecdsaWithSha512: '1.2.840.10045.4.3.4',
  ecPublicKey: '1.2.840.10045.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  sha384WithRsa: '1.2.840.113549.1.1.12',
  sha512WithRsa: '1.2.840.113549.1.1.13',
} as const;

/** DER NULL: the parameters of an RSA signature algorithm (RFC 4055 §5), absent for ECDSA (RFC 5758 §3.2). */
const NULL_PARAMETERS = new Uint8Array([0x05, 0x00]).buffer;

/** The AlgorithmIdentifier (as the ASN.1 classes take it) of a SHA-256 signature with this private key. */
export function signatureAlgorithmOf(key: KeyObject): { algorithm: string; parameters?: ArrayBuffer } {
  if (key.asymmetricKeyType === 'ec') return { algorithm: OID.ecdsaWithSha256 };
  if (key.asymmetricKeyType === 'rsa') return { algorithm: OID.sha256WithRsa, parameters: NULL_PARAMETERS };
  throw new Error(`no signature algorithm for a ${key.asymmetricKeyType} key`);
}

/** Node's name of a digest algorithm OID, or null for one Talon does not verify. */
export function digestNameOf(oid: string): 'sha256' | 'sha384' | 'sha512' | null {
  if (oid === OID.sha256) return 'sha256';
  if (oid === OID.sha384) return 'sha384';
  if (oid === OID.sha512) return 'sha512';
  return null;
}

/**
 * Whether a SignerInfo's signature algorithm fits the public key: CMS writers name either the full
 * algorithm (ecdsa-with-SHA256) or only the key's (id-ecPublicKey, rsaEncryption); the digest is the
 * SignerInfo's own.
 */
export function isSignatureAlgorithmOf(oid: string, key: KeyObject): boolean {
  const ec: string[] = [OID.ecPublicKey, OID.ecdsaWithSha256, OID.ecdsaWithSha384, OID.ecdsaWithSha512];
  const rsa: string[] = [OID.rsaEncryption, OID.sha256WithRsa, OID.sha384WithRsa, OID.sha512WithRsa];
  if (key.asymmetricKeyType === 'ec') return ec.includes(oid);
  if (key.asymmetricKeyType === 'rsa') return rsa.includes(oid);
  return false;
}
