import type { KeyObject } from 'node:crypto';
import { Signer, SignPdf } from '@signpdf/signpdf';
import { DomainError } from '@talon/core/shared';
import { type DocumentSigner, type SignatureRequest, SigningErrorCode } from '@talon/core/signing';
import { type CadesSigner, createCadesSignature } from './cades-signature';
import { addSignaturePlaceholder } from './signature-placeholder';

/** A certificate with its key, as Talon's own signer needs it. */
export interface SigningKey {
  /** The certificate (DER). */
  certificate: Uint8Array;
  /** The issuing certificates up to the root (DER), carried in the signature. */
  chain: Uint8Array[];
  /** Null when the key is not Talon's to hold: the certificate is signed with by an external service. */
  privateKey: KeyObject | null;
}

/** Where Talon's own signer finds a certificate's key (the database, decrypted with the field cipher). */
export interface SigningKeySource {
  findSigningKey(certificateId: string): Promise<SigningKey | null>;
}

/** `@signpdf/signpdf` hands the signer the bytes of the byte ranges; it returns the CMS signature. */
class CadesPdfSigner extends Signer {
  constructor(private readonly signer: CadesSigner) {
    super();
  }

  override async sign(content: Buffer): Promise<Buffer> {
    return Buffer.from(createCadesSignature(content, this.signer));
  }
}

/** A PDF signature already present: `/ByteRange` followed by numbers, as a signed file has it. */
const SIGNED_BYTE_RANGE = /\/ByteRange\s*\[\s*\d+\s+\d+\s+\d+\s+\d+\s*\]/;

/**
 * Talon's own PAdES signer (PAdES B-B, ETSI EN 319 142-1): the signature dictionary and field
 * (`addSignaturePlaceholder`), then `@signpdf/signpdf` fixes the byte ranges and embeds the detached CAdES
 * signature made with the certificate's key from `keys`. It serves the demo and local installations, whose
 * keys Talon keeps; production plugs another `DocumentSigner` in (docs/signatures.md).
 *
 * The placeholder step writes the file anew, which would break a signature already in it, so a signed PDF
 * is refused (`SIGNING_PDF_ALREADY_SIGNED`) rather than silently invalidated.
 */
export function createLocalPadesSigner(keys: SigningKeySource): DocumentSigner {
  return {
    async sign(pdf: Uint8Array, request: SignatureRequest): Promise<Uint8Array> {
      if (SIGNED_BYTE_RANGE.test(Buffer.from(pdf).toString('latin1'))) {
        throw new DomainError(SigningErrorCode.SIGNING_PDF_ALREADY_SIGNED);
      }
      const key = await keys.findSigningKey(request.certificateId);
      if (!key?.privateKey) throw new DomainError(SigningErrorCode.SIGNING_SERVICE_UNAVAILABLE);
      let prepared: Buffer;
      try {
        prepared = await addSignaturePlaceholder(pdf, {
          name: request.signerName,
          reason: request.reason,
          location: request.location,
          signingTime: request.signingTime,
        });
      } catch {
        // pdf-lib could not read the file: a damaged or encrypted PDF.
        throw new DomainError(SigningErrorCode.SIGNING_PDF_INVALID);
      }
      const signer = new CadesPdfSigner({
        certificate: key.certificate,
        privateKey: key.privateKey,
        chain: key.chain,
      });
      return new Uint8Array(await new SignPdf().sign(prepared, signer));
    },
  };
}
