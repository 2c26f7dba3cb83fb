import { auditRecordCreated } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError, localDate } from '../shared';
import { authorizeWriter } from './author-gate';
import { DOCUMENT_TEMPLATES } from './document-templates';
import { PractitionerDocumentsErrorCode } from './practitioner-documents.errors';
import type { PractitionerDocumentsDeps, PractitionerDocumentsRepos } from './practitioner-documents.ports';
import type { PractitionerDocumentKind, PractitionerDocumentView } from './practitioner-documents.types';
import { prefillSections } from './prefill-document';

const DAY_MS = 86_400_000;
/** The longest period a document covers: five years of the record. */
const MAX_PERIOD_DAYS = 5 * 366;
const LIMIT = 500;

export interface CreatePractitionerDocumentInput {
  patientId: string;
  kind: PractitionerDocumentKind;
  encounterId?: string | null;
  /** `YYYY-MM-DD`, both included. */
  from?: string | null;
  to?: string | null;
  /** A signed document of the caller's this one corrects: its kind, patient and texts are copied. */
  supersedesId?: string | null;
  origin: RequestOrigin;
}

/** `YYYY-MM-DD` is a date; `to` not before `from`; `from` not after today; at most five years. */
export function checkDocumentPeriod(from: string, to: string, today: string): void {
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  if (Number.isNaN(days) || days < 0 || from > today || days > MAX_PERIOD_DAYS) {
    throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_PERIOD_INVALID, {
      field: 'body.to',
    });
  }
}

async function prefill(
  repos: PractitionerDocumentsRepos,
  input: {
    kind: PractitionerDocumentKind;
    patientId: string;
    encounterId: string | null;
    period: { from: string; to: string } | null;
    timeZone: string;
  },
) {
  const { kind, patientId } = input;
  if (input.encounterId) {
    const encounter = await repos.encounters.find(input.encounterId);
    const prescriptions = await repos.prescriptions.list({
      patientId,
      statuses: null,
      encounterId: input.encounterId,
      limit: LIMIT,
    });
    return prefillSections(kind, {
      encounters: encounter ? [encounter] : [],
      conditions: encounter?.conditions ?? [],
      observations: [],
      prescriptions,
      timeZone: input.timeZone,
    });
  }
  const period = input.period
    ? {
        from: new Date(`${input.period.from}T00:00:00Z`),
        to: new Date(Date.parse(`${input.period.to}T00:00:00Z`) + DAY_MS),
      }
    : {};
  const encounters = await repos.encounters.list({ patientId, period, limit: LIMIT });
  const observations = input.period
    ? await repos.labResults.listObservations({ patientId, code: null, period, limit: LIMIT })
    : [];
  const ids = new Set(encounters.map((e) => e.id));
  const prescriptions = input.period
    ? (await repos.prescriptions.list({ patientId, statuses: null, limit: LIMIT })).filter(
        (p) => p.encounterId !== null && ids.has(p.encounterId),
      )
    : [];
  const conditions = input.period
    ? encounters.flatMap((e) => e.conditions)
    : await repos.conditions.list({ patientId, activeOnly: true, limit: LIMIT });
  return prefillSections(kind, {
    encounters,
    conditions,
    observations,
    prescriptions,
    timeZone: input.timeZone,
  });
}

/**
 * A new draft (issue 12 item 5), prefilled from the patient's record: the period's visits, diagnoses with
 * their ICD-10 codes, results and treatment, or one visit's sections for a protocol. With `supersedesId` it
 * is the correction of a signed document: the same kind, patient and period, the signed texts to edit.
 */
export async function createPractitionerDocument(
  deps: PractitionerDocumentsDeps,
  principal: Principal,
  input: CreatePractitionerDocumentInput,
): Promise<PractitionerDocumentView> {
  const supersedes = input.supersedesId
    ? await deps.store.read((repos) => repos.practitionerDocuments.find(input.supersedesId as string))
    : null;
  if (input.supersedesId && (!supersedes || supersedes.practitionerId !== principal.practitionerId)) {
    throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_NOT_FOUND);
  }
  const patientId = supersedes?.patient.id ?? input.patientId;
  const kind = supersedes?.kind ?? input.kind;
  const { basis, practitionerId } = await authorizeWriter(deps, principal, patientId, input.origin);
  if (supersedes) {
    const taken = await deps.store.read((repos) => repos.practitionerDocuments.hasCorrection(supersedes.id));
    if (supersedes.status !== 'signed' || taken) {
      throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_NOT_SUPERSEDABLE);
    }
  }
  const template = DOCUMENT_TEMPLATES[kind];
  const encounterId = supersedes ? supersedes.encounterId : (input.encounterId ?? null);
  if (template.source === 'encounter') {
    const encounter = encounterId
      ? await deps.store.read((repos) => repos.encounters.find(encounterId))
      : null;
    if (!encounter || encounter.patientId !== patientId) {
      throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_ENCOUNTER_REQUIRED, {
        field: 'body.encounterId',
      });
    }
  }
  const issuer = await deps.store.read((repos) =>
    repos.practitionerDocuments.issuerFor({ practitionerId, patientId, organizationId: null }),
  );
  if (!issuer) throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_NO_ISSUER);
  const now = deps.clock.now();
  let period = supersedes ? supersedes.period : null;
  if (!supersedes && template.source === 'period') {
    if (!input.from || !input.to) {
      throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_PERIOD_INVALID, {
        field: input.from ? 'body.to' : 'body.from',
      });
    }
    checkDocumentPeriod(input.from, input.to, localDate(now, issuer.timeZone));
    period = { from: input.from, to: input.to };
  }
  const sections =
    supersedes?.sections ??
    (await deps.store.read((repos) =>
      prefill(repos, { kind, patientId, encounterId, period, timeZone: issuer.timeZone }),
    ));
  const id = deps.newId();
  await deps.store.transaction(async (repos) => {
    const sequence = await repos.practitionerDocuments.nextNumber();
    await repos.practitionerDocuments.create({
      id,
      number: `ДОК-${localDate(now, issuer.timeZone).slice(0, 4)}-${String(sequence).padStart(6, '0')}`,
      kind,
      patientId,
      practitionerId,
      organizationId: issuer.id,
      encounterId: template.source === 'encounter' ? encounterId : null,
      period,
      sections,
      supersedesId: supersedes?.id ?? null,
      at: now,
    });
    await auditRecordCreated(
      repos,
      principal,
      { type: 'practitioner_document', id, at: now, details: { kind } },
      { patientId, basis, origin: input.origin },
    );
  });
  const created = await deps.store.read((repos) => repos.practitionerDocuments.find(id));
  if (!created) throw new Error('document vanished after insert');
  return created;
}
