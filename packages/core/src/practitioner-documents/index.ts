// The practitioner's documents (issue 12 item 5; docs/practitioner-documents.md): discharge summaries,
// certificates, extracts and visit protocols written from templates filled from the record, then signed.
export {
  type CreatePractitionerDocumentInput,
  checkDocumentPeriod,
} from './create-practitioner-document';
export * from './document-templates';
export type { PractitionerDocumentsFilter } from './list-practitioner-documents';
export { PractitionerDocumentsErrorCode } from './practitioner-documents.errors';
export type * from './practitioner-documents.ports';
export * from './practitioner-documents.types';
export { practitionerDocumentsUseCases } from './practitioner-documents.use-cases';
export { diagnosisLines, prefillSections, type RecordExcerpt } from './prefill-document';
