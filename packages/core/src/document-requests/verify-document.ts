import { DomainError } from '../shared';
import { DocumentRequestsErrorCode } from './document-requests.errors';
import type { DocumentRequestsDeps } from './document-requests.ports';
import type { DocumentCheck } from './document-requests.types';

/** The public check's answer (issue 12 item 6): whether the document is genuine and unrevoked. */
export type DocumentVerification =
  | { found: false }
  | ({ found: true; status: DocumentCheckStatus } & DocumentCheck);

export type DocumentCheckStatus = 'valid' | 'revoked' | 'superseded';

const statusOf = (check: DocumentCheck): DocumentCheckStatus =>
  check.revoked ? 'revoked' : check.superseded ? 'superseded' : 'valid';

const answer = (check: DocumentCheck | null): DocumentVerification =>
  check ? { found: true, status: statusOf(check), ...check } : { found: false };

/**
 * Anyone (no sign-in) asks whether a file is a document Talon issued: by the SHA-256 of its bytes. The
 * answer names the type, date, clinic and signer — never the patient nor the content.
 */
export async function verifyDocument(
  deps: DocumentRequestsDeps,
  _principal: null,
  input: { sha256: string },
): Promise<DocumentVerification> {
  return answer(await deps.store.read((repos) => repos.requests.checkBySha256(input.sha256.toLowerCase())));
}

/** The QR check page's lookup by the document's random code; an unknown code is "not found". */
export async function checkDocument(
  deps: DocumentRequestsDeps,
  _principal: null,
  input: { code: string },
): Promise<DocumentVerification & { found: true }> {
  const check = await deps.store.read((repos) => repos.requests.checkByCode(input.code));
  if (!check) throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_CHECK_NOT_FOUND);
  return { found: true, status: statusOf(check), ...check };
}
