import { createHash, type KeyObject, sign, verify, X509Certificate } from 'node:crypto';
import {
  Attribute,
  CertificateChoices,
  CertificateSet,
  ContentInfo,
  DigestAlgorithmIdentifiers,
  EncapsulatedContentInfo,
  IssuerAndSerialNumber,
  id_contentType,
  id_data,
  id_messageDigest,
  id_signedData,
  SignedData,
  SignerIdentifier,
  SignerInfo,
  SignerInfos,
} from '@peculiar/asn1-cms';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, Certificate, GeneralName, GeneralNames } from '@peculiar/asn1-x509';
import {
  DER_TAG,
  derElement,
  derOid,
  derSetOf,
  hexOfInteger,
  readDerChildren,
  readDerElement,
  toArrayBuffer,
} from './der';
import { digestNameOf, isSignatureAlgorithmOf, OID, signatureAlgorithmOf } from './signature-algorithms';

/** id-aa-signingCertificateV2 (RFC 5035): binds the signature to its certificate, required by PAdES B-B. */
const ID_AA_SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';

export interface CadesSigner {
  /** The signer's certificate (DER). */
  certificate: Uint8Array;
  privateKey: KeyObject;
  /** The issuing certificates (DER), so that a reader can build the chain without looking them up. */
  chain: readonly Uint8Array[];
}

/**
 * The ESS signing-certificate-v2 attribute value: the SHA-256 of the certificate (the hash algorithm is the
 * default, so it is left out in DER) and its issuer and serial.
 */
function signingCertificateV2(certificate: Uint8Array): Uint8Array {
  const { tbsCertificate } = AsnConvert.parse(certificate, Certificate);
  const issuer = new GeneralNames([new GeneralName({ directoryName: tbsCertificate.issuer })]);
  const issuerSerial = derElement(
    DER_TAG.SEQUENCE,
    new Uint8Array(AsnConvert.serialize(issuer)),
    derElement(DER_TAG.INTEGER, new Uint8Array(tbsCertificate.serialNumber)),
  );
  const certHash = createHash('sha256').update(certificate).digest();
  const essCertIdV2 = derElement(DER_TAG.SEQUENCE, derElement(DER_TAG.OCTET_STRING, certHash), issuerSerial);
  return derElement(DER_TAG.SEQUENCE, derElement(DER_TAG.SEQUENCE, essCertIdV2));
}

const attribute = (attrType: string, value: Uint8Array) =>
  new Attribute({ attrType, attrValues: [toArrayBuffer(value)] });

/**
 * A detached CMS SignedData (RFC 5652) over `content` in the CAdES baseline form PAdES B-B asks for
 * (ETSI EN 319 142-1 §5.1, SubFilter `ETSI.CAdES.detached`): SHA-256, the signed attributes content-type,
 * message-digest and signing-certificate-v2, and no signing-time attribute — the time is the signature
 * dictionary's `/M`. The signer's certificate and its chain travel inside.
 */
export function createCadesSignature(content: Uint8Array, signer: CadesSigner): Uint8Array {
  const certificate = AsnConvert.parse(signer.certificate, Certificate);
  const digest = createHash('sha256').update(content).digest();
  const attributes = [
    attribute(id_contentType, derOid(id_data)),
    attribute(id_messageDigest, derElement(DER_TAG.OCTET_STRING, digest)),
    attribute(ID_AA_SIGNING_CERTIFICATE_V2, signingCertificateV2(signer.certificate)),
  ];
  // Signed as a DER SET OF, and written in that same order, so that the SignerInfo carries the signed bytes.
  const encoded = attributes.map((a) => ({ a, der: new Uint8Array(AsnConvert.serialize(a)) }));
  encoded.sort((x, y) => Buffer.compare(x.der, y.der));
  const signedAttributes = derSetOf(encoded.map((e) => e.der));
  const sha256 = new AlgorithmIdentifier({ algorithm: OID.sha256 });
  const signerInfo = new SignerInfo({
    version: 1,
    sid: new SignerIdentifier({
      issuerAndSerialNumber: new IssuerAndSerialNumber({
        issuer: certificate.tbsCertificate.issuer,
        serialNumber: certificate.tbsCertificate.serialNumber,
      }),
    }),
    digestAlgorithm: sha256,
    signedAttrs: encoded.map((e) => e.a),
    signatureAlgorithm: new AlgorithmIdentifier(signatureAlgorithmOf(signer.privateKey)),
    signature: new OctetString(sign('sha256', signedAttributes, signer.privateKey)),
  });
  const signedData = new SignedData({
    version: 1,
    digestAlgorithms: new DigestAlgorithmIdentifiers([sha256]),
    encapContentInfo: new EncapsulatedContentInfo({ eContentType: id_data }),
    certificates: new CertificateSet(
      [signer.certificate, ...signer.chain].map(
        (der) => new CertificateChoices({ certificate: AsnConvert.parse(der, Certificate) }),
      ),
    ),
    signerInfos: new SignerInfos([signerInfo]),
  });
  const contentInfo = new ContentInfo({
    contentType: id_signedData,
    content: AsnConvert.serialize(signedData),
  });
  return new Uint8Array(AsnConvert.serialize(contentInfo));
}

/** What a CMS signature says about `content`. */
export interface CadesVerification {
  /** The signer's certificate (DER) found in the signature, or null. */
  certificate: Uint8Array | null;
  /** The message digest matches `content` and the signature verifies with the certificate's key. */
  isValid: boolean;
}

/**
 * Checks a detached CMS signature over `content`: its first signer's certificate, the message-digest
 * attribute against the content's digest, and the signature over the signed attributes as they were signed
 * (their bytes in the file, re-tagged as a SET: RFC 5652 §5.4). Anything unreadable is not valid.
 */
export function verifyCadesSignature(cms: Uint8Array, content: Uint8Array): CadesVerification {
  const invalid = { certificate: null, isValid: false };
  let signedData: SignedData;
  try {
    const contentInfo = AsnConvert.parse(cms, ContentInfo);
    if (contentInfo.contentType !== id_signedData) return invalid;
    signedData = AsnConvert.parse(contentInfo.content, SignedData);
  } catch {
    return invalid;
  }
  const signerInfo = signedData.signerInfos[0];
  const sid = signerInfo?.sid.issuerAndSerialNumber;
  if (!signerInfo || !sid) return invalid;
  const serial = hexOfInteger(new Uint8Array(sid.serialNumber));
  const certificate = (signedData.certificates ?? [])
    .map((choice) => choice.certificate)
    .find((c) => c && hexOfInteger(new Uint8Array(c.tbsCertificate.serialNumber)) === serial);
  if (!certificate) return invalid;
  const certificateDer = new Uint8Array(AsnConvert.serialize(certificate));
  const found = { certificate: certificateDer, isValid: false };
  const digestName = digestNameOf(signerInfo.digestAlgorithm.algorithm);
  const signedAttributes = signedAttributesOf(cms);
  const digest = signerInfo.signedAttrs?.find((a) => a.attrType === id_messageDigest)?.attrValues[0];
  if (!digestName || !signedAttributes || !digest) return found;
  const expected = derElement(DER_TAG.OCTET_STRING, createHash(digestName).update(content).digest());
  if (Buffer.compare(Buffer.from(digest), expected) !== 0) return found;
  try {
    const publicKey = new X509Certificate(Buffer.from(certificateDer)).publicKey;
    if (!isSignatureAlgorithmOf(signerInfo.signatureAlgorithm.algorithm, publicKey)) return found;
    const signature = Buffer.from(signerInfo.signature.buffer);
    return { ...found, isValid: verify(digestName, signedAttributes, publicKey, signature) };
  } catch {
    return found;
  }
}

/**
 * The signed attributes of the first SignerInfo exactly as they are in `cms`, re-tagged from `[0]` to SET:
 * ContentInfo → [0] → SignedData → signerInfos (its last element) → SignerInfo → the `[0]` after version,
 * sid and digestAlgorithm.
 */
function signedAttributesOf(cms: Uint8Array): Uint8Array | null {
  const contentInfo = readDerElement(cms);
  const explicit = contentInfo && readDerChildren(cms, contentInfo)?.[1];
  const signedData = explicit && readDerChildren(cms, explicit)?.[0];
  const signerInfos = signedData && readDerChildren(cms, signedData)?.at(-1);
  const signerInfo = signerInfos && readDerChildren(cms, signerInfos)?.[0];
  const attributes = signerInfo && readDerChildren(cms, signerInfo)?.[3];
  if (!attributes || attributes.tag !== DER_TAG.CONTEXT_0) return null;
  const bytes = Buffer.from(cms.subarray(attributes.start, attributes.end));
  bytes[0] = DER_TAG.SET;
  return bytes;
}
