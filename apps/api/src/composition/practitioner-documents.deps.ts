import { randomBytes, randomUUID } from 'node:crypto';
import type { AccessDeps } from '@talon/core/access';
import type { PractitionerDocumentsDeps } from '@talon/core/practitioner-documents';
import { createPractitionerDocumentsStore } from '@talon/db';
import { renderPractitionerDocumentPdf } from '../documents/practitioner-document.pdf';
import type { Infrastructure } from './infrastructure';
import { signingDeps } from './signing.deps';

/**
 * The practitioner's documents: drawn with pdfkit, signed with the practitioner's own certificate, kept in
 * the uploads' file store; the QR code opens `PUBLIC_URL/check/<code>` exactly as certificates' do.
 */
export const practitionerDocumentsDeps = (
  infra: Infrastructure,
  access: AccessDeps,
): PractitionerDocumentsDeps => ({
  store: createPractitionerDocumentsStore(infra.db, infra.cipher),
  access,
  clock: infra.clock,
  signing: signingDeps(infra),
  files: infra.files,
  render: renderPractitionerDocumentPdf,
  newId: randomUUID,
  newVerificationCode: () => randomBytes(24).toString('base64url'),
  publicUrl: infra.config.reminders.publicUrl,
});
