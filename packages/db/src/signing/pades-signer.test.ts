import { DomainError } from '@talon/core/shared';
import { describe, expect, it } from 'vitest';
import { cyrillicPdf, demoKeySource } from '../testing/signing-fixtures';
import { inspectSignature } from './inspect-signature';
import { createLocalPadesSigner } from './pades-signer';

const keys = demoKeySource();
const signer = createLocalPadesSigner(keys.source);
const request = {
  certificateId: keys.doctor.id,
  signerName: 'Васильева Ирина Петровна',
  reason: 'Выписной эпикриз',
  location: 'ГБУЗ «Городская поликлиника № 1», Москва',
  signingTime: new Date('2026-12-10T09:30:00Z'),
};

const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
};

describe('createLocalPadesSigner', () => {
  it('signs a PDF with a PAdES signature whose dictionary names the signer, time, reason and place', async () => {
    const signed = Buffer.from(await signer.sign(await cyrillicPdf(), request));
    const text = signed.toString('latin1');
    expect(text).toMatch(/\/SubFilter \/ETSI\.CAdES\.detached/);
    expect(text).toContain('/M (D:20261210093000Z)');
    // Cyrillic text strings are UTF-16BE with a byte order mark (ISO 32000-1 §7.9.2.2), written in hex.
    const utf16 = (value: string) =>
      `FEFF${Buffer.from(value, 'utf16le').swap16().toString('hex').toUpperCase()}`;
    expect(text).toContain(`/Name <${utf16('Васильева Ирина Петровна')}>`);
    expect(text).toContain(`/Reason <${utf16('Выписной эпикриз')}>`);
    expect(text).toContain(`/Location <${utf16('ГБУЗ «Городская поликлиника № 1», Москва')}>`);
    expect(inspectSignature(signed)).toEqual({
      isSigned: true,
      signerName: 'Васильева Ирина Петровна',
      signedAt: new Date('2026-12-10T09:30:00Z'),
      certificateSerial: keys.doctor.serial,
      issuerName: 'Talon Demo CA (не для реального использования)',
      isIntact: true,
    });
  });

  it('leaves the place out when there is none', async () => {
    const signed = Buffer.from(await signer.sign(await cyrillicPdf(), { ...request, location: null }));
    expect(signed.toString('latin1')).not.toContain('/Location');
    expect(inspectSignature(signed).isIntact).toBe(true);
  });

  it('refuses a signed PDF (signing again would break the first signature)', async () => {
    const signed = await signer.sign(await cyrillicPdf(), request);
    expect(await codeOf(signer.sign(signed, request))).toBe('SIGNING_PDF_ALREADY_SIGNED');
  });

  it('cannot sign without the certificate’s key', async () => {
    expect(await codeOf(signer.sign(await cyrillicPdf(), { ...request, certificateId: 'unknown' }))).toBe(
      'SIGNING_SERVICE_UNAVAILABLE',
    );
    const withoutKeys = createLocalPadesSigner({
      findSigningKey: async (id) => ({ ...(await keys.source.findSigningKey(id))!, privateKey: null }),
    });
    expect(await codeOf(withoutKeys.sign(await cyrillicPdf(), request))).toBe('SIGNING_SERVICE_UNAVAILABLE');
  });

  it('refuses a file pdf-lib cannot read as a PDF', async () => {
    const damaged = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64, 0x20)]);
    expect(await codeOf(signer.sign(damaged, request))).toBe('SIGNING_PDF_INVALID');
  });
});
