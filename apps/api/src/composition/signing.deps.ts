import type { SigningDeps } from '@talon/core/signing';
import {
  createLocalPadesSigner,
  createSigningCertificatesRepository,
  createSigningKeysRepository,
} from '@talon/db';
import type { Infrastructure } from './infrastructure';

/**
 * Electronic signatures: the certificates Talon knows, and the signer. Here it is Talon's own PAdES signer,
 * with keys from the database (the demo CA's certificates); an installation with a qualified signature
 * service (КЭП, GOST) puts its adapter of `DocumentSigner` in its place — docs/signatures.md.
 */
export const signingDeps = ({ db, cipher, clock }: Infrastructure): SigningDeps => ({
  certificates: createSigningCertificatesRepository(db),
  signer: createLocalPadesSigner(createSigningKeysRepository(db, cipher)),
  clock,
});
