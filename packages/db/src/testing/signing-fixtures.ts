import { createPrivateKey } from 'node:crypto';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { certificateFromPem } from '../signing/certificates';
import { type DemoCertificateHolder, planDemoCertificates } from '../signing/demo-authority';
import type { SigningKeySource } from '../signing/pades-signer';

/** A practitioner and a clinic of the signing tests, with the names their certificates carry. */
const DOCTOR: DemoCertificateHolder = {
  kind: 'practitioner',
  id: '6f1d6a8e-2f0b-4c53-9a51-0d6a2b1c3e4f',
  name: {
    commonName: 'Васильева Ирина Петровна',
    surname: 'Васильева',
    givenName: 'Ирина Петровна',
    title: 'врач-терапевт',
    organization: 'ГБУЗ «Городская поликлиника № 1»',
  },
};
const CLINIC: DemoCertificateHolder = {
  kind: 'organization',
  id: '0b7c2d4e-8a9f-4b1c-8d2e-3f4a5b6c7d8e',
  name: { commonName: 'ГБУЗ «Городская поликлиника № 1»', organization: 'ГБУЗ «Городская поликлиника № 1»' },
};

/**
 * The demo authority's certificates for `DOCTOR` and `CLINIC` held in memory, as the local signer reads
 * them from the database: the same rows, the keys not encrypted.
 */
export function demoKeySource(label = 'signing-tests') {
  const { authority, holders } = planDemoCertificates({
    secret: Buffer.alloc(32, 9),
    label,
    holders: [DOCTOR, CLINIC],
  });
  const rows = [authority, ...holders];
  const source: SigningKeySource = {
    async findSigningKey(certificateId) {
      const row = rows.find((r) => r.id === certificateId);
      if (!row) return null;
      return {
        certificate: certificateFromPem(row.certificatePem),
        chain: row.issuerId === null ? [] : [certificateFromPem(authority.certificatePem)],
        privateKey: row.privateKeyPem === null ? null : createPrivateKey(row.privateKeyPem),
      };
    },
  };
  const [doctor, clinic] = holders;
  return { source, authority, doctor: doctor!, clinic: clinic! };
}

const FONT = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

/** A one-page Cyrillic PDF made with pdfkit, as Talon's documents are. */
export function cyrillicPdf(text = 'Выписной эпикриз. Пациент: Иванов Иван Иванович.'): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A4', margin: 50, info: { Title: 'Выписной эпикриз' } });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  document.font(FONT).fontSize(14).text(text);
  document.end();
  return done;
}
