import {
  PDFArray,
  PDFDocument,
  PDFHexString,
  PDFInvalidObject,
  PDFName,
  PDFNumber,
  PDFString,
} from 'pdf-lib';

/** Room for the CMS signature (bytes): a P-256 or RSA-2048 signature with a chain of three certificates fits. */
const SIGNATURE_CONTENTS_BYTES = 8192;
/** What `@signpdf/signpdf` looks for and replaces with the real byte ranges. */
const BYTE_RANGE_PLACEHOLDER = '**********';
/** ISO 32000-1 Table 219: the signature is printed with the page (an invisible one, its rectangle empty). */
const ANNOTATION_PRINT = 4;
/** ISO 32000-1 Table 219 (SigFlags): SignaturesExist | AppendOnly. */
const SIGNATURES_EXIST_APPEND_ONLY = 3;

export interface SignatureFields {
  /** `/Name`: the signer's name (Cyrillic is written as UTF-16 text strings). */
  name: string;
  reason: string;
  location: string | null;
  signingTime: Date;
}

/**
 * The PDF with an empty signature (ISO 32000-1 §12.8): a signature dictionary (`/Filter /Adobe.PPKLite`,
 * `/SubFilter /ETSI.CAdES.detached`, `/Name`, `/M`, `/Reason`, `/Location`, a `/ByteRange` placeholder and
 * `/Contents` of zeros), an invisible signature field on the first page and the AcroForm that lists it.
 * pdf-lib writes the whole file anew (the page content stays as it was); the dictionary is written as
 * opaque bytes so that it stays outside any object stream, where a reader could not find its byte range.
 * The document information (producer, dates) is kept as it was.
 */
export async function addSignaturePlaceholder(pdf: Uint8Array, fields: SignatureFields): Promise<Buffer> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const context = document.context;
  const byteRange = PDFArray.withContext(context);
  byteRange.push(PDFNumber.of(0));
  for (let i = 0; i < 3; i++) byteRange.push(PDFName.of(BYTE_RANGE_PLACEHOLDER));
  const signature = context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: byteRange,
    Contents: PDFHexString.of('00'.repeat(SIGNATURE_CONTENTS_BYTES)),
    Name: PDFHexString.fromText(fields.name),
    M: PDFString.fromDate(fields.signingTime),
    Reason: PDFHexString.fromText(fields.reason),
    ...(fields.location ? { Location: PDFHexString.fromText(fields.location) } : {}),
    Prop_Build: { Filter: { Name: 'Adobe.PPKLite' }, App: { Name: 'Talon' } },
  });
  const signatureBytes = new Uint8Array(signature.sizeInBytes());
  signature.copyBytesInto(signatureBytes, 0);
  const signatureRef = context.register(PDFInvalidObject.of(signatureBytes));

  const page = document.getPage(0);
  const appearance = context.register(context.formXObject([], { BBox: [0, 0, 0, 0], Resources: {} }));
  const widget = context.register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      Rect: [0, 0, 0, 0],
      V: signatureRef,
      T: PDFString.of('Signature1'),
      F: ANNOTATION_PRINT,
      P: page.ref,
      AP: { N: appearance },
    }),
  );
  const annotations = page.node.Annots() ?? context.obj([]);
  annotations.push(widget);
  page.node.set(PDFName.of('Annots'), annotations);

  const form = document.catalog.getOrCreateAcroForm();
  form.dict.set(PDFName.of('SigFlags'), PDFNumber.of(SIGNATURES_EXIST_APPEND_ONLY));
  form.addField(widget);
  return Buffer.from(await document.save({ useObjectStreams: false }));
}
