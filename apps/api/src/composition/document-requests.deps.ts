import { randomBytes, randomUUID } from 'node:crypto';
import type { AccessDeps } from '@talon/core/access';
import type { DocumentRequestsDeps } from '@talon/core/document-requests';
import { createDocumentRequestsStore } from '@talon/db';
import { renderDocumentRequestPdf } from '../documents/document-request.pdf';
import type { Infrastructure } from './infrastructure';
import { signingDeps } from './signing.deps';

/**
 * Certificates and extracts: drawn with pdfkit, signed through the signing module (the clinic's certificate
 * for generated ones, the doctor's for signed ones), kept in the uploads' file store; the QR code opens
 * `PUBLIC_URL/check/<code>`, a code of 24 random bytes (192 bits: not guessable).
 */
export const documentRequestsDeps = (infra: Infrastructure, access: AccessDeps): DocumentRequestsDeps => ({
  store: createDocumentRequestsStore(infra.db, infra.cipher, { afterCommit: infra.afterCommit }),
  access,
  clock: infra.clock,
  signing: signingDeps(infra),
  files: infra.files,
  render: renderDocumentRequestPdf,
  newId: randomUUID,
  newVerificationCode: () => randomBytes(24).toString('base64url'),
  publicUrl: infra.config.reminders.publicUrl,
});
