import type { Principal } from '../identity';
import { openRecord, periodOf, RECORD_LIST_LIMIT, type RecordReadInput } from './open-record';
import type { RecordsDeps } from './records.ports';
import type { DocumentView } from './records.types';

export interface ListDocumentsInput extends RecordReadInput {
  /** A document type code (`discharge-summary`, …). */
  type?: string;
  from?: Date;
  to?: Date;
}

/** The patient's documents (discharge summaries, extracts, certificates, protocols), newest first. */
export async function listDocuments(
  deps: RecordsDeps,
  principal: Principal,
  input: ListDocumentsInput,
): Promise<DocumentView[]> {
  const period = periodOf(input.from, input.to);
  const { patientId } = await openRecord(deps, principal, input, { recordType: 'document_list' });
  return deps.store.read((repos) =>
    repos.documents.list({ patientId, type: input.type ?? null, period, limit: RECORD_LIST_LIMIT }),
  );
}
