import type { SignatureInspection } from '@talon/core/signing';
import { verifyCadesSignature } from './cades-signature';
import { readCertificate } from './certificates';
import { readDerElement } from './der';

const NOT_SIGNED: SignatureInspection = {
  isSigned: false,
  signerName: null,
  signedAt: null,
  certificateSerial: null,
  issuerName: null,
  isIntact: false,
};

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
/** A PDF date (ISO 32000-1 §7.9.4): `D:YYYYMMDDHHmmSS` and `Z` or an offset `+HH'mm'`. */
const PDF_DATE =
  /\/M\s*\(D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?\)/;

/**
 * What the last signature of a PDF says, from the file alone: who signed (the certificate's common name),
 * when (`/M` of the signature dictionary), with which certificate (serial and issuer) and whether the file
 * is intact — the byte ranges cover all of it but the signature itself, the message digest matches those
 * bytes and the signature verifies with the certificate's public key. It says nothing of trust or
 * revocation: the public check compares the serial with Talon's certificates and the document's record
 * (docs/signatures.md). Never throws: an unreadable signature is one that is not intact.
 */
export function inspectSignature(pdf: Uint8Array): SignatureInspection {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const text = bytes.toString('latin1');
  const match = [...text.matchAll(BYTE_RANGE)].at(-1);
  if (!match) return NOT_SIGNED;
  const [start, firstLength, second, secondLength] = match.slice(1, 5).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const contentsStart = start + firstLength;
  const isWholeFile =
    start === 0 &&
    contentsStart < second &&
    second + secondLength === bytes.length &&
    text[contentsStart] === '<' &&
    text[second - 1] === '>';
  const signedAt = signingTimeNear(text, match.index, second);
  if (!isWholeFile) return { ...NOT_SIGNED, isSigned: true, signedAt };
  const contents = Buffer.from(text.slice(contentsStart + 1, second - 1), 'hex');
  const cmsSpan = readDerElement(contents);
  const signedBytes = Buffer.concat([bytes.subarray(0, contentsStart), bytes.subarray(second)]);
  const verification = cmsSpan
    ? verifyCadesSignature(contents.subarray(0, cmsSpan.end), signedBytes)
    : { certificate: null, isValid: false };
  const certificate = verification.certificate ? readCertificate(verification.certificate) : null;
  return {
    isSigned: true,
    signerName: certificate?.commonName ?? null,
    signedAt,
    certificateSerial: certificate?.serial ?? null,
    issuerName: certificate?.issuerCommonName ?? null,
    isIntact: verification.isValid,
  };
}

/** `/M` of the signature dictionary that holds the byte range at `at`: between its `obj` and `endobj`. */
function signingTimeNear(text: string, at: number, contentsEnd: number): Date | null {
  const objectStart = text.lastIndexOf(' obj', at);
  const objectEnd = text.indexOf('endobj', Math.max(at, contentsEnd));
  const dictionary = text.slice(Math.max(objectStart, 0), objectEnd === -1 ? undefined : objectEnd);
  const date = PDF_DATE.exec(dictionary);
  if (!date) return null;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00'] = date;
  const sign = date[8] === '-' ? -1 : 1;
  const offsetMinutes = date[8] ? sign * (Number(date[9]) * 60 + Number(date[10] ?? '0')) : 0;
  const utc = Date.UTC(+year!, +month - 1, +day, +hour, +minute, +second);
  return new Date(utc - offsetMinutes * 60_000);
}
