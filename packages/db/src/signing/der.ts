/**
 * The few DER (ITU-T X.690) pieces the ASN.1 schemas of `@peculiar/asn1-*` cannot give: a SET OF in its
 * canonical order (the signed attributes of a CMS signature are signed in that encoding), attribute values
 * that have no schema class there (the ESS signing-certificate attribute, RFC 5035), a certificate put
 * together around its signed bytes, and a reader that finds an element's exact bytes in a signature (the
 * parser re-encodes what it reads, and a signature is checked over the bytes as they were signed).
 */

/** One element: `tag`, then the definite length, then `content`. */
export function derElement(tag: number, ...content: Uint8Array[]): Uint8Array {
  const body = Buffer.concat(content);
  const length = body.length;
  const lengthBytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) lengthBytes.unshift(rest % 256);
  const header = length < 0x80 ? [length] : [0x80 | lengthBytes.length, ...lengthBytes];
  return Buffer.concat([Buffer.from([tag, ...header]), body]);
}

export const DER_TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  OBJECT_IDENTIFIER: 0x06,
  SEQUENCE: 0x30,
  SET: 0x31,
  /** `[0]` constructed, context-specific: how CMS tags the signed attributes inside a SignerInfo. */
  CONTEXT_0: 0xa0,
} as const;

/** An OBJECT IDENTIFIER from its dotted form. */
export function derOid(dotted: string): Uint8Array {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const groups = [arc % 128];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128)) {
      groups.unshift((value % 128) | 0x80);
    }
    bytes.push(...groups);
  }
  return derElement(DER_TAG.OBJECT_IDENTIFIER, Buffer.from(bytes));
}

/** A SET OF with its elements in DER order: ascending by their encodings (X.690 §11.6). */
export function derSetOf(elements: readonly Uint8Array[]): Uint8Array {
  return derElement(DER_TAG.SET, ...[...elements].sort((a, b) => Buffer.compare(a, b)));
}

/** Where an element lies in `bytes`: its tag, where its content starts and where the element ends. */
export interface DerSpan {
  tag: number;
  start: number;
  contentStart: number;
  end: number;
}

/**
 * The element at `offset`; null when the bytes there are not one complete element with a definite length
 * (a signature in BER's indefinite form is not read: Talon's signers and PAdES produce DER).
 */
export function readDerElement(bytes: Uint8Array, offset = 0): DerSpan | null {
  const tag = bytes[offset];
  const first = bytes[offset + 1];
  if (tag === undefined || first === undefined || (tag & 0x1f) === 0x1f) return null;
  let length = first;
  let contentStart = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4) return null;
    length = 0;
    for (let i = 0; i < count; i++) {
      const byte = bytes[contentStart + i];
      if (byte === undefined) return null;
      length = length * 256 + byte;
    }
    contentStart += count;
  }
  const end = contentStart + length;
  return end > bytes.length ? null : { tag, start: offset, contentStart, end };
}

/** The elements directly inside a constructed element; null when one of them cannot be read. */
export function readDerChildren(bytes: Uint8Array, parent: DerSpan): DerSpan[] | null {
  const children: DerSpan[] = [];
  for (let offset = parent.contentStart; offset < parent.end; ) {
    const child = readDerElement(bytes, offset);
    if (!child || child.end > parent.end) return null;
    children.push(child);
    offset = child.end;
  }
  return children;
}

/** An ArrayBuffer of exactly these bytes (the ASN.1 classes take ArrayBuffers). */
export const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** An INTEGER's content bytes as lower-case hex without leading zeros (a certificate serial). */
export function hexOfInteger(content: Uint8Array): string {
  const hex = Buffer.from(content).toString('hex').replace(/^0+/, '');
  return hex === '' ? '0' : hex;
}
