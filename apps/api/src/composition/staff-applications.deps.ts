import { randomBytes, randomUUID } from 'node:crypto';
import type { StaffApplicationsDeps } from '@talon/core/staff-applications';
import { createStaffApplicationsStore } from '@talon/db';
import { renderStaffCertificatePdf } from '../documents/staff-certificate.pdf';
import type { Infrastructure } from './infrastructure';
import { signingDeps } from './signing.deps';

/**
 * Staff applications and certificates: certificates drawn with pdfkit, signed with the clinic's certificate
 * through the signing module, kept in the uploads' file store; the QR code opens `PUBLIC_URL/check/<code>`
 * (24 random bytes, as documents').
 */
export const staffApplicationsDeps = (infra: Infrastructure): StaffApplicationsDeps => ({
  store: createStaffApplicationsStore(infra.db, infra.cipher, { afterCommit: infra.afterCommit }),
  clock: infra.clock,
  signing: signingDeps(infra),
  files: infra.files,
  render: renderStaffCertificatePdf,
  newId: randomUUID,
  newVerificationCode: () => randomBytes(24).toString('base64url'),
  publicUrl: infra.config.reminders.publicUrl,
});
