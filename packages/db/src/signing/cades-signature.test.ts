import { createHash, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { ContentInfo, id_messageDigest, SignedData } from '@peculiar/asn1-cms';
import { AsnConvert } from '@peculiar/asn1-schema';
import { describe, expect, it } from 'vitest';
import { demoKeySource } from '../testing/signing-fixtures';
import { createCadesSignature, verifyCadesSignature } from './cades-signature';
import { certificateFromPem, issueCertificate } from './certificates';

const { authority, doctor } = demoKeySource();
const signer = {
  certificate: certificateFromPem(doctor.certificatePem),
  privateKey: createPrivateKey(doctor.privateKeyPem ?? ''),
  chain: [certificateFromPem(authority.certificatePem)],
};
const content = Buffer.from('%PDF-1.7 … the byte ranges of a document');

const signedDataOf = (cms: Uint8Array) =>
  AsnConvert.parse(AsnConvert.parse(cms, ContentInfo).content, SignedData);

describe('createCadesSignature', () => {
  it('makes a detached signature that verifies over the content, naming its certificate', () => {
    const cms = createCadesSignature(content, signer);
    const verification = verifyCadesSignature(cms, content);
    expect(verification.isValid).toBe(true);
    expect(Buffer.from(verification.certificate ?? []).equals(Buffer.from(signer.certificate))).toBe(true);
  });

  it('fails for other content, and for a signature altered in one byte', () => {
    const cms = createCadesSignature(content, signer);
    expect(verifyCadesSignature(cms, Buffer.from('%PDF-1.7 … another document')).isValid).toBe(false);
    const altered = Buffer.from(cms);
    altered[altered.length - 5]! ^= 0x01; // inside the signature value, the last field of the SignerInfo
    expect(verifyCadesSignature(altered, content).isValid).toBe(false);
    expect(verifyCadesSignature(Buffer.from('not a signature'), content)).toEqual({
      certificate: null,
      isValid: false,
    });
  });

  it('signs the attributes PAdES B-B asks for: content type, digest, signing certificate v2, no time', () => {
    const { signerInfos, certificates, encapContentInfo } = signedDataOf(
      createCadesSignature(content, signer),
    );
    expect(encapContentInfo.eContent).toBeUndefined(); // detached: the PDF is not inside
    expect(certificates?.length).toBe(2); // the signer's and the authority's
    const attributes = signerInfos[0]?.signedAttrs ?? [];
    expect(attributes.map((a) => a.attrType).sort()).toEqual([
      '1.2.840.113549.1.9.16.2.47', // signing-certificate-v2
      '1.2.840.113549.1.9.3', // content type
      '1.2.840.113549.1.9.4', // message digest
    ]);
    const attributeValue = (type: string) =>
      Buffer.from(attributes.find((a) => a.attrType === type)?.attrValues[0] ?? new ArrayBuffer(0));
    const digest = attributeValue(id_messageDigest);
    expect(digest.subarray(2).equals(createHash('sha256').update(content).digest())).toBe(true);
    const essCertId = attributeValue('1.2.840.113549.1.9.16.2.47');
    const certificateHash = createHash('sha256').update(signer.certificate).digest();
    expect(essCertId.includes(certificateHash)).toBe(true);
  });

  it('signs with an RSA key as well', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const certificate = issueCertificate({
      subject: { commonName: 'Петров Пётр Петрович' },
      subjectKey: privateKey,
      issuer: null,
      serial: '5a',
      validFrom: new Date('2026-01-01T00:00:00Z'),
      validTo: new Date('2027-01-01T00:00:00Z'),
      isAuthority: false,
    });
    const cms = createCadesSignature(content, { certificate, privateKey, chain: [] });
    expect(verifyCadesSignature(cms, content).isValid).toBe(true);
  });
});
