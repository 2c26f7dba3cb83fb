import { CERTIFICATE_HOLDER_KINDS } from '@talon/core/signing';
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { entityColumns, inList, timestamptz } from './columns';
import { organizations } from './organizations.schema';
import { practitioners } from './practitioners.schema';

/** Who a certificate row belongs to: a certification authority (the demo CA), or one of core's holders. */
export const SIGNING_CERTIFICATE_KINDS = ['authority', ...CERTIFICATE_HOLDER_KINDS] as const;

/**
 * Signing certificates (docs/signatures.md): each practitioner's and each organisation's (the clinic's server
 * signature), and the certification authority that issued them. The certificate itself is kept as PEM; the
 * facts the use cases and the public check read (holder, subject, serial, issuer, validity, revocation) are
 * columns. `private_key_encrypted` holds the PKCS #8 key encrypted with the field cipher only for Talon's own
 * signer — the demo CA and its certificates; a production certificate lives in the clinic's qualified
 * signature service, whose keys never reach Talon, and is registered here with the key null.
 */
export const signingCertificates = pgTable(
  'signing_certificates',
  {
    ...entityColumns,
    holderKind: text('holder_kind').notNull(),
    practitionerId: uuid('practitioner_id').references(() => practitioners.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    /** The issuing certificate when Talon keeps it (the demo CA); null for a root or an outside issuer. */
    issuerId: uuid('issuer_id').references((): AnyPgColumn => signingCertificates.id, {
      onDelete: 'cascade',
    }),
    subjectCommonName: text('subject_common_name').notNull(),
    subjectOrganization: text('subject_organization'),
    issuerCommonName: text('issuer_common_name').notNull(),
    /** Lower-case hex without leading zeros, as a PDF signature's certificate names it. */
    serial: text('serial').notNull(),
    validFrom: timestamptz('valid_from').notNull(),
    validTo: timestamptz('valid_to').notNull(),
    revokedAt: timestamptz('revoked_at'),
    certificatePem: text('certificate_pem').notNull(),
    privateKeyEncrypted: text('private_key_encrypted'),
  },
  (t) => [
    check('signing_certificates_kind', sql`${t.holderKind} in (${inList(SIGNING_CERTIFICATE_KINDS)})`),
    // Exactly the holder the kind names: a practitioner's, an organisation's, or none for an authority.
    check(
      'signing_certificates_holder',
      sql`(${t.holderKind} = 'practitioner') = (${t.practitionerId} is not null)
        and (${t.holderKind} = 'organization') = (${t.organizationId} is not null)`,
    ),
    check('signing_certificates_validity', sql`${t.validFrom} < ${t.validTo}`),
    check('signing_certificates_serial', sql`${t.serial} ~ '^(0|[1-9a-f][0-9a-f]*)$'`),
    // A signature names its certificate by serial; Talon's public check looks it up by that alone.
    uniqueIndex('signing_certificates_serial_key').on(t.serial),
    index('signing_certificates_practitioner_idx').on(t.practitionerId),
    index('signing_certificates_organization_idx').on(t.organizationId),
  ],
);
