import { createPractitionerDocument } from './create-practitioner-document';
import {
  getPractitionerDocument,
  getPractitionerDocumentFile,
  listPractitionerDocuments,
} from './list-practitioner-documents';
import { signPractitionerDocument } from './sign-practitioner-document';
import { updatePractitionerDocument } from './update-practitioner-document';

/** The practitioner's documents (issue 12 item 5; docs/practitioner-documents.md). */
export const practitionerDocumentsUseCases = {
  create: createPractitionerDocument,
  update: updatePractitionerDocument,
  sign: signPractitionerDocument,
  list: listPractitionerDocuments,
  get: getPractitionerDocument,
  file: getPractitionerDocumentFile,
};
