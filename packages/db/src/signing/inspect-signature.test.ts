import { describe, expect, it } from 'vitest';
import { cyrillicPdf, demoKeySource } from '../testing/signing-fixtures';
import { inspectSignature } from './inspect-signature';
import { createLocalPadesSigner } from './pades-signer';

const keys = demoKeySource();

async function signedPdf() {
  const signer = createLocalPadesSigner(keys.source);
  return Buffer.from(
    await signer.sign(await cyrillicPdf(), {
      certificateId: keys.clinic.id,
      signerName: 'ГБУЗ «Городская поликлиника № 1»',
      reason: 'Справка',
      location: null,
      signingTime: new Date('2026-12-10T12:00:00+03:00'),
    }),
  );
}

/** The first offset of `needle` in the file. */
const offsetOf = (pdf: Buffer, needle: string) => pdf.indexOf(Buffer.from(needle, 'latin1'));

describe('inspectSignature', () => {
  it('reads the signer, time, certificate and integrity of a signed PDF', async () => {
    expect(inspectSignature(await signedPdf())).toEqual({
      isSigned: true,
      signerName: 'ГБУЗ «Городская поликлиника № 1»',
      signedAt: new Date('2026-12-10T09:00:00Z'),
      certificateSerial: keys.clinic.serial,
      issuerName: 'Talon Demo CA (не для реального использования)',
      isIntact: true,
    });
  });

  it('says an unsigned PDF is not signed', async () => {
    const { isSigned, isIntact, ...signer } = inspectSignature(await cyrillicPdf());
    expect([isSigned, isIntact]).toEqual([false, false]);
    // No signer facts at all: every one of them is null.
    expect(Object.values(signer)).toEqual([null, null, null, null]);
  });

  it('sees one byte changed after signing, in the content or in the signature dictionary', async () => {
    const content = await signedPdf();
    content[offsetOf(content, 'stream') + 10]! ^= 0x01;
    expect(inspectSignature(content)).toMatchObject({ isSigned: true, isIntact: false });
    const dictionary = await signedPdf();
    dictionary[offsetOf(dictionary, '/M (D:') + 8]! = '9'.charCodeAt(0); // the year 2026 → 2926
    expect(inspectSignature(dictionary)).toMatchObject({ isSigned: true, isIntact: false });
  });

  it('sees bytes appended after signing: the signature no longer covers the whole file', async () => {
    const signed = await signedPdf();
    const appended = Buffer.concat([signed, Buffer.from('\n1 0 obj\n(changed)\nendobj\n')]);
    expect(inspectSignature(appended)).toMatchObject({ isSigned: true, isIntact: false });
  });

  it('sees a signature value that was altered, and contents that are no signature', async () => {
    const signed = await signedPdf();
    const contents = offsetOf(signed, '/Contents <') + '/Contents <'.length;
    // `3082 LLLL`: a SEQUENCE whose two length bytes say where the CMS ends and the zero padding begins.
    const cmsEnd =
      contents + 2 * (4 + Number.parseInt(signed.toString('latin1', contents + 4, contents + 8), 16));
    const forged = Buffer.from(signed);
    forged[cmsEnd - 6] = forged[cmsEnd - 6] === 0x30 ? 0x31 : 0x30; // a hex digit of the signature value
    expect(inspectSignature(forged)).toMatchObject({ isSigned: true, isIntact: false });
    const emptied = Buffer.from(signed);
    emptied.write('0'.repeat(cmsEnd - contents), contents, 'latin1');
    expect(inspectSignature(emptied)).toEqual({
      isSigned: true,
      signerName: null,
      signedAt: new Date('2026-12-10T09:00:00Z'),
      certificateSerial: null,
      issuerName: null,
      isIntact: false,
    });
  });
});
