import type { UploadContentType } from './uploads.types';

const SIGNATURES: readonly { type: UploadContentType; bytes: readonly number[] }[] = [
  // `%PDF-`
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The longest signature: how many leading bytes `detectFileType` needs. */
export const FILE_SIGNATURE_BYTES = 8;

/**
 * The type of a file by its first bytes (docs/domain.md rule 23): a JPEG renamed `.pdf` is a JPEG, a text
 * file renamed `.pdf` is nothing Talon accepts. Null for anything but PDF, JPEG and PNG.
 */
export function detectFileType(head: Uint8Array): UploadContentType | null {
  for (const signature of SIGNATURES) {
    if (head.length >= signature.bytes.length && signature.bytes.every((byte, i) => head[i] === byte)) {
      return signature.type;
    }
  }
  return null;
}
