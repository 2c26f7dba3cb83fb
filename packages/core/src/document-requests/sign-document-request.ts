import { authorizePatient } from '../access';
import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { conclusionBody, type DocumentBody, inpatientBody, outpatientBody } from './document-content';
import { auditDecision, requestAfterDecision } from './document-request-decision';
import { DocumentRequestsErrorCode } from './document-requests.errors';
import type { DocumentRequestsDeps, DocumentRequestsRepos, Issuer } from './document-requests.ports';
import type { DocumentRequestView } from './document-requests.types';
import { makeSignedDocument, storeSignedDocument } from './issue-document';
import { canMoveDocumentRequest } from './request-rules';

/** The conclusion printed when the doctor gives none (a pool or sport certificate issued). */
export const DEFAULT_CONCLUSION = 'Медицинских противопоказаний не выявлено.';

const DAY_MS = 86_400_000;

async function bodyOf(
  repos: DocumentRequestsRepos,
  request: DocumentRequestView,
  issuer: Issuer,
  conclusion: string,
): Promise<DocumentBody> {
  const period = request.period
    ? {
        from: new Date(`${request.period.from}T00:00:00Z`),
        to: new Date(Date.parse(`${request.period.to}T00:00:00Z`) + DAY_MS),
      }
    : {};
  if (request.type === 'outpatient-extract') {
    return outpatientBody(
      await repos.encounters.list({ patientId: request.patientId, period, limit: 500 }),
      issuer.timeZone,
    );
  }
  if (request.type === 'inpatient-extract') {
    return inpatientBody(
      await repos.documents.list({
        patientId: request.patientId,
        type: 'discharge-summary',
        period,
        limit: 100,
      }),
    );
  }
  return conclusionBody(conclusion);
}

/**
 * A doctor signs a request waiting for a signature (a pool or sport certificate, an extract of visits or
 * stays): the document is drawn from the record with the doctor's conclusion and signed with the doctor's
 * own certificate, and the request becomes `ready`. Only a practitioner in care of the patient (the access
 * policy's medical purpose) may; anyone else is answered "not found".
 */
export async function signDocumentRequest(
  deps: DocumentRequestsDeps,
  principal: Principal,
  input: { requestId: string; conclusion?: string | null; origin: RequestOrigin },
): Promise<DocumentRequestView> {
  const request = await deps.store.read((repos) => repos.requests.find(input.requestId));
  if (!request) throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_NOT_FOUND);
  if (!principal.practitionerId) {
    throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_PRACTITIONER_REQUIRED);
  }
  const basis = await authorizePatient(deps.access, principal, request.patientId, 'medical', input.origin);
  if (!canMoveDocumentRequest(request.status, 'ready') || request.status !== 'awaiting_signature') {
    throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_STATUS_CONFLICT);
  }
  const issuer = await deps.store.read((repos) =>
    repos.requests.issuerOf(request.patientId, request.organizationId),
  );
  if (!issuer) throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_NO_ISSUER);
  const conclusion = input.conclusion?.trim() || DEFAULT_CONCLUSION;
  const body = await deps.store.read((repos) => bodyOf(repos, request, issuer, conclusion));
  if (body.rows.length === 0 && body.columns.length > 0) {
    throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_NOTHING_TO_ISSUE, {
      params: { type: request.type },
    });
  }
  const order = {
    requestId: request.id,
    number: request.number,
    patientId: request.patientId,
    type: request.type,
    purpose: request.purpose,
    period: request.period,
    encounterId: request.encounterId,
  };
  const signed = await makeSignedDocument(deps, principal, { order, issuer, body });
  await deps.store.transaction(async (repos) => {
    await storeSignedDocument(deps, repos, {
      order,
      issuer,
      signed,
      authorPractitionerId: principal.practitionerId,
    });
    await auditDecision(repos, principal, {
      action: AuditAction.DOCUMENT_REQUEST_SIGN,
      request,
      basis,
      origin: input.origin,
      at: deps.clock.now(),
    });
  });
  return requestAfterDecision(deps, request.id);
}
