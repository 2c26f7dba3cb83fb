import { auditAllowed, authorizePatient } from '../access';
import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { RecordsErrorCode } from '../records';
import { DomainError } from '../shared';
import { type DocumentBody, labBody, vaccinationBody, visitBody } from './document-content';
import { DocumentRequestsErrorCode } from './document-requests.errors';
import type { DocumentRequestsDeps, DocumentRequestsRepos, Issuer } from './document-requests.ports';
import type { DatePeriod, DocumentRequestType, DocumentRequestView } from './document-requests.types';
import { type DocumentOrder, makeSignedDocument, storeSignedDocument } from './issue-document';
import {
  checkPeriod,
  formatRequestNumber,
  initialStatus,
  isAutomatic,
  isReusable,
  isSameOrder,
  needsVisit,
} from './request-rules';

export interface OrderDocumentInput {
  /** Whose document; the caller's own when absent (a ward's for a representative with medical access). */
  patientId?: string;
  type: DocumentRequestType;
  purpose?: string | null;
  period?: DatePeriod | null;
  /** The visit a visit certificate is about (an encounter of the record). */
  visitId?: string | null;
  origin: RequestOrigin;
}

const DAY_MS = 86_400_000;
/** The period's bounds as instants: `from` at the start of its day, `to` at the end of its day (UTC). */
const instantsOf = (period: DatePeriod) => ({
  from: new Date(`${period.from}T00:00:00Z`),
  to: new Date(Date.parse(`${period.to}T00:00:00Z`) + DAY_MS),
});

/** The rows the document states, read from the record; an empty body cannot be issued. */
async function bodyOf(
  repos: DocumentRequestsRepos,
  order: Pick<DocumentOrder, 'patientId' | 'type' | 'period' | 'encounterId' | 'purpose'>,
  issuer: Issuer,
): Promise<DocumentBody> {
  if (order.type === 'vaccination-certificate') {
    return vaccinationBody(await repos.immunizations.list({ patientId: order.patientId, limit: 500 }));
  }
  if (order.type === 'visit-certificate') {
    const encounter = order.encounterId ? await repos.encounters.find(order.encounterId) : null;
    if (!encounter) throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_VISIT_REQUIRED);
    return visitBody(encounter, issuer.timeZone, order.purpose);
  }
  const observations = await repos.labResults.listObservations({
    patientId: order.patientId,
    code: null,
    period: order.period ? instantsOf(order.period) : {},
    limit: 1000,
  });
  return labBody(observations, issuer.timeZone);
}

/**
 * A patient orders a certificate or an extract (issue 11 item 6). The same order again — type, purpose,
 * period, visit — answers the last request while it is being made or signed, or while its document is
 * still current (`isReusable`: not revoked, the record's part unchanged); `reused: true` then. Otherwise
 * a new request numbered from the database sequence: an automatic type (vaccination or visit certificate,
 * lab extract) is generated from the record, signed with the clinic's certificate and `ready` at once; the
 * others wait in `awaiting_signature` for a doctor (`signDocumentRequest`).
 */
export async function orderDocument(
  deps: DocumentRequestsDeps,
  principal: Principal,
  input: OrderDocumentInput,
): Promise<{ request: DocumentRequestView; reused: boolean }> {
  const patientId = input.patientId ?? principal.patientId;
  if (!patientId)
    throw new DomainError(RecordsErrorCode.RECORD_PATIENT_REQUIRED, { field: 'body.patientId' });
  const basis = await authorizePatient(deps.access, principal, patientId, 'medical', input.origin);
  const now = deps.clock.now();
  const purpose = input.purpose?.trim() || null;
  const period = input.period ?? null;
  checkPeriod(input.type, period, now.toISOString().slice(0, 10));

  let encounterId: string | null = null;
  let encounterOrganizationId: string | null = null;
  if (needsVisit(input.type)) {
    const encounter = input.visitId
      ? await deps.store.read((repos) => repos.encounters.find(input.visitId as string))
      : null;
    if (!encounter || encounter.patientId !== patientId || encounter.status !== 'finished') {
      throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_VISIT_REQUIRED, {
        field: 'body.visitId',
      });
    }
    encounterId = encounter.id;
    encounterOrganizationId = encounter.organization?.id ?? null;
  }
  const order = { type: input.type, purpose, period, encounterId };

  const { reusable, stamp, issuer } = await deps.store.read(async (repos) => {
    const stamp = await repos.requests.sourceStamp({ patientId, ...order });
    const recent = await repos.requests.list({ patientId, type: input.type, limit: 50 });
    const last = recent.find((request) => isSameOrder(request, order));
    const revoked = last?.documentId ? await repos.requests.isDocumentRevoked(last.documentId) : false;
    return {
      reusable: last && isReusable(last, stamp, revoked) ? last : null,
      stamp,
      issuer: await repos.requests.issuerOf(patientId, encounterOrganizationId),
    };
  });
  if (reusable) return { request: reusable, reused: true };
  if (!issuer) throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_NO_ISSUER);

  const sequence = await deps.store.read((repos) => repos.requests.nextNumber());
  const documentOrder: DocumentOrder = {
    requestId: deps.newId(),
    number: formatRequestNumber(input.type, now.getUTCFullYear(), sequence),
    patientId,
    ...order,
  };
  // An automatic document is drawn and signed before anything is stored: a failure keeps nothing.
  const signed = isAutomatic(input.type)
    ? await (async () => {
        const body = await deps.store.read((repos) => bodyOf(repos, documentOrder, issuer));
        if (body.rows.length === 0) {
          throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_NOTHING_TO_ISSUE, {
            params: { type: input.type },
          });
        }
        return makeSignedDocument(deps, null, { order: documentOrder, issuer, body });
      })()
    : null;

  const requestId = await deps.store.transaction(async (repos) => {
    await repos.requests.create({
      id: documentOrder.requestId,
      number: documentOrder.number,
      patientId,
      ...order,
      status: initialStatus(input.type),
      organizationId: issuer.id,
      sourceStamp: stamp,
      createdByAccountId: principal.accountId,
      at: now,
    });
    if (signed) {
      await storeSignedDocument(deps, repos, {
        order: documentOrder,
        issuer,
        signed,
        authorPractitionerId: null,
      });
    }
    await auditAllowed(repos, principal, {
      action: AuditAction.DOCUMENT_REQUEST_CREATE,
      patientId,
      basis,
      origin: input.origin,
      at: now,
      recordType: 'document_request',
      recordId: documentOrder.requestId,
      details: { type: input.type, number: documentOrder.number },
    });
    return documentOrder.requestId;
  });
  const request = await deps.store.read((repos) => repos.requests.find(requestId));
  if (!request) throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_NOT_FOUND);
  return { request, reused: false };
}
