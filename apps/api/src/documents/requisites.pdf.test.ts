import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderDocumentRequestPdf } from './document-request.pdf';
import { requisitesLine } from './medical-document.pdf';
import { renderPrescriptionPdf } from './prescription.pdf';

const OGRN = '1027700132195';

/** The whole text of a PDF on one line. */
async function textOf(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return String(text).replaceAll(/\s+/g, ' ');
}

describe("the clinic's requisites on generated PDFs", () => {
  it('lists the address, phone and ОГРН, leaving out what the card lacks', () => {
    expect(
      requisitesLine({ address: 'г. Москва, ул. Лесная, д. 1', phone: '+7 (495) 100-20-30', ogrn: OGRN }),
    ).toBe(`г. Москва, ул. Лесная, д. 1, тел. +7 (495) 100-20-30, ОГРН ${OGRN}`);
    expect(requisitesLine({ address: 'г. Москва', ogrn: null })).toBe('г. Москва');
  });

  it('prints the ОГРН on a certificate and on a prescription', async () => {
    const organization = {
      name: 'Городская поликлиника № 3',
      address: 'г. Москва, ул. Лесная, д. 1',
      phone: null,
    };
    const certificate = await renderDocumentRequestPdf({
      number: 'С-000042',
      type: 'pool-certificate',
      title: 'Справка для бассейна',
      issuedOn: '2026-12-07',
      organization: { ...organization, ogrn: OGRN },
      patient: { fullName: 'Иванова Анна Сергеевна', birthDate: '1990-05-01' },
      purpose: null,
      period: null,
      statement: 'Медицинских противопоказаний не выявлено.',
      columns: [],
      rows: [],
      signedBy: 'Петров П. П.',
      checkUrl: 'https://talon.example.ru/check/ABC',
    });
    expect(await textOf(certificate)).toContain(`ОГРН ${OGRN}`);

    const prescription = await renderPrescriptionPdf({
      number: 'R-1',
      issuedOn: '2026-12-07',
      validUntil: '2027-02-05',
      parties: {
        patientName: 'Иванова Анна Сергеевна',
        patientBirthDate: '1990-05-01',
        practitionerName: 'Петров Пётр Петрович',
        organizationName: organization.name,
        organizationAddress: organization.address,
        organizationOgrn: OGRN,
        timeZone: 'Europe/Moscow',
      },
      medicine: { name: 'Amoxicillin', form: 'таблетки', strength: '500 мг' },
      dosageText: 'по 1 таблетке 3 раза в день',
      quantity: 1,
      checkUrl: 'https://talon.example.ru/check/DEF',
    });
    expect(await textOf(prescription)).toContain(`ОГРН ${OGRN}`);
  });
});
