import { createHash, createPublicKey, type KeyObject, sign, X509Certificate } from 'node:crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  Extension,
  Extensions,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_keyUsage,
  id_ce_subjectKeyIdentifier,
  KeyIdentifier,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectKeyIdentifier,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from '@peculiar/asn1-x509';
import { DER_TAG, derElement, hexOfInteger, toArrayBuffer } from './der';
import { signatureAlgorithmOf } from './signature-algorithms';

/** The parts of a distinguished name Talon writes: a person (CN, SN, G, T, O) or an organisation (CN, O). */
export interface CertificateName {
  commonName: string;
  surname?: string | null;
  givenName?: string | null;
  title?: string | null;
  organization?: string | null;
  /** ISO 3166 code; `RU` unless said. */
  country?: string;
}

/** X.520 attribute types, in the order a Russian qualified certificate lists them. */
const NAME_ATTRIBUTES = [
  ['commonName', '2.5.4.3'],
  ['surname', '2.5.4.4'],
  ['givenName', '2.5.4.42'],
  ['title', '2.5.4.12'],
  ['organization', '2.5.4.10'],
] as const;
const COUNTRY = '2.5.4.6';

/** A Name: Cyrillic values as UTF8String (RFC 5280 §4.1.2.4), the country as PrintableString. */
function toName(name: CertificateName): Name {
  const rdn = (type: string, value: AttributeValue) =>
    new RelativeDistinguishedName([new AttributeTypeAndValue({ type, value })]);
  const parts = NAME_ATTRIBUTES.flatMap(([field, type]) => {
    const value = name[field];
    return value ? [rdn(type, new AttributeValue({ utf8String: value }))] : [];
  });
  parts.push(rdn(COUNTRY, new AttributeValue({ printableString: name.country ?? 'RU' })));
  return new Name(parts);
}

/** The first value of an attribute type in a Name, or null. */
function nameValue(name: Name, type: string): string | null {
  for (const rdn of name) {
    for (const attribute of rdn) {
      if (attribute.type === type) return attribute.value.toString();
    }
  }
  return null;
}

export interface IssueCertificateInput {
  subject: CertificateName;
  /** The subject's key (its public half goes into the certificate). */
  subjectKey: KeyObject;
  /** The issuing authority; null issues a self-signed root with `subjectKey`. */
  issuer: { name: CertificateName; privateKey: KeyObject } | null;
  /** Positive, lower-case hex. */
  serial: string;
  validFrom: Date;
  validTo: Date;
  /** A certification authority (signs certificates) rather than a signer (signs documents). */
  isAuthority: boolean;
}

const extension = (extnID: string, critical: boolean, value: object) =>
  new Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });

const subjectKeyInfoOf = (key: KeyObject) =>
  AsnConvert.parse(createPublicKey(key).export({ type: 'spki', format: 'der' }), SubjectPublicKeyInfo);

/** The key identifier of RFC 5280 §4.2.1.2, method 1: SHA-1 of the subjectPublicKey bits. */
const keyIdentifierOf = (info: SubjectPublicKeyInfo) =>
  createHash('sha1').update(Buffer.from(info.subjectPublicKey)).digest();

/**
 * Issues an X.509 v3 certificate (DER) for Talon's own signer: the demo certification authority and the
 * certificates it gives practitioners and organisations. A signer's key usage is digitalSignature and
 * nonRepudiation (content commitment), as for a document signature; an authority's keyCertSign and cRLSign.
 */
export function issueCertificate(input: IssueCertificateInput): Uint8Array {
  const subjectKeyInfo = subjectKeyInfoOf(input.subjectKey);
  const signingKey = input.issuer?.privateKey ?? input.subjectKey;
  const algorithm = new AlgorithmIdentifier(signatureAlgorithmOf(signingKey));
  const usage = input.isAuthority
    ? KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign
    : KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation;
  const extensions = [
    extension(id_ce_basicConstraints, true, new BasicConstraints({ cA: input.isAuthority })),
    extension(id_ce_keyUsage, true, new KeyUsage(usage)),
    extension(id_ce_subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyIdentifierOf(subjectKeyInfo))),
  ];
  if (input.issuer) {
    const keyIdentifier = new KeyIdentifier(keyIdentifierOf(subjectKeyInfoOf(input.issuer.privateKey)));
    extensions.push(
      extension(id_ce_authorityKeyIdentifier, false, new AuthorityKeyIdentifier({ keyIdentifier })),
    );
  }
  const tbsCertificate = new TBSCertificate({
    version: Version.v3,
    serialNumber: toArrayBuffer(Buffer.from(positiveIntegerHex(input.serial), 'hex')),
    signature: algorithm,
    issuer: toName(input.issuer?.name ?? input.subject),
    validity: new Validity({ notBefore: input.validFrom, notAfter: input.validTo }),
    subject: toName(input.subject),
    subjectPublicKeyInfo: subjectKeyInfo,
    extensions: new Extensions(extensions),
  });
  // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING }, put
  // together from the signed bytes: serialising the schema again would cost as much as the first time.
  const tbs = new Uint8Array(AsnConvert.serialize(tbsCertificate));
  const signature = sign('sha256', tbs, signingKey);
  return derElement(
    DER_TAG.SEQUENCE,
    tbs,
    new Uint8Array(AsnConvert.serialize(algorithm)),
    derElement(DER_TAG.BIT_STRING, new Uint8Array([0]), signature),
  );
}

/** An INTEGER's content for a positive number: even length, and a leading zero when the top bit is set. */
function positiveIntegerHex(hex: string): string {
  const even = hex.length % 2 === 0 ? hex : `0${hex}`;
  return Number.parseInt(even.slice(0, 2), 16) >= 0x80 ? `00${even}` : even;
}

/** What Talon reads from a certificate: names, serial, validity and the public key. */
export interface CertificateFacts {
  commonName: string;
  organization: string | null;
  issuerCommonName: string;
  /** Lower-case hex without leading zeros. */
  serial: string;
  validFrom: Date;
  validTo: Date;
  publicKey: KeyObject;
}

export function readCertificate(der: Uint8Array): CertificateFacts {
  const { tbsCertificate: tbs } = AsnConvert.parse(der, Certificate);
  return {
    commonName: nameValue(tbs.subject, '2.5.4.3') ?? '',
    organization: nameValue(tbs.subject, '2.5.4.10'),
    issuerCommonName: nameValue(tbs.issuer, '2.5.4.3') ?? '',
    serial: hexOfInteger(new Uint8Array(tbs.serialNumber)),
    validFrom: tbs.validity.notBefore.getTime(),
    validTo: tbs.validity.notAfter.getTime(),
    publicKey: new X509Certificate(Buffer.from(der)).publicKey,
  };
}

/** PEM (`-----BEGIN CERTIFICATE-----`) of a DER certificate, and back. */
export const certificateToPem = (der: Uint8Array): string => new X509Certificate(Buffer.from(der)).toString();
export const certificateFromPem = (pem: string): Uint8Array => new Uint8Array(new X509Certificate(pem).raw);
