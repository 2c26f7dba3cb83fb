import { listClinicDocumentRequests } from './clinic-document-requests';
import { emailDocumentRequest } from './email-document-request';
import { listDocumentRequests } from './list-document-requests';
import { orderDocument } from './order-document';
import { rejectDocumentRequest } from './reject-document-request';
import { revokeDocument } from './revoke-document';
import { signDocumentRequest } from './sign-document-request';
import { checkDocument, verifyDocument } from './verify-document';

/** Certificates and extracts (issue 11 item 6) and the public document check (issue 12 item 6). */
export const documentRequestsUseCases = {
  order: orderDocument,
  list: listDocumentRequests,
  listForClinic: listClinicDocumentRequests,
  email: emailDocumentRequest,
  sign: signDocumentRequest,
  reject: rejectDocumentRequest,
  verify: verifyDocument,
  check: checkDocument,
  revoke: revokeDocument,
};
