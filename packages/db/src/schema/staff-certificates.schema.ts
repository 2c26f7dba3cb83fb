import { STAFF_CERTIFICATE_KINDS } from '@talon/core/staff-applications';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { entityColumns, inList, isoDate, numberSequence, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { organizations } from './organizations.schema';
import { practitioners } from './practitioners.schema';
import { storedFiles } from './uploads.schema';

/** The running number of staff certificates (`СПР-2026-000001`): unique across clinics and years. */
export const staffCertificateNumberSeq = numberSequence('staff_certificate_number_seq');

/**
 * A staff certificate (справка о стаже, подтверждение квалификации), generated from the clinic's records and
 * signed with the clinic's certificate; the public check finds it by its SHA-256 or QR code, as documents.
 */
export const staffCertificates = pgTable(
  'staff_certificates',
  {
    ...entityColumns,
    number: text('number').notNull().unique(),
    kind: text('kind', { enum: STAFF_CERTIFICATE_KINDS }).notNull(),
    organizationId: uuidRef('organization_id', () => organizations.id, 'restrict'),
    practitionerId: uuidRef('practitioner_id', () => practitioners.id, 'cascade'),
    accountId: uuidRef('account_id', () => accounts.id, 'cascade'),
    fileId: uuidRef('file_id', () => storedFiles.id, 'restrict'),
    sha256: text('sha256').notNull(),
    signerName: text('signer_name').notNull(),
    signedAt: timestamptz('signed_at').notNull(),
    signatureCertificateSerial: text('signature_certificate_serial').notNull(),
    verificationCode: text('verification_code').notNull(),
    issuedOn: isoDate('issued_on').notNull(),
  },
  (t) => [
    check('staff_certificates_kind', sql`${t.kind} in (${inList(STAFF_CERTIFICATE_KINDS)})`),
    check('staff_certificates_sha256', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    uniqueIndex('staff_certificates_sha256_key').on(t.sha256),
    uniqueIndex('staff_certificates_verification_code_key').on(t.verificationCode),
    index('staff_certificates_account_idx').on(t.accountId, t.createdAt),
  ],
);
