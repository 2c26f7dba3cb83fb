import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

const AwaitingSignaturePage = lazyPage(() =>
  import('./awaiting-signature.page').then((m) => m.AwaitingSignaturePage),
);
const MyDocumentsPage = lazyPage(() => import('./my-documents.page').then((m) => m.MyDocumentsPage));
const NewDocumentPage = lazyPage(() => import('./new-document.page').then((m) => m.NewDocumentPage));
const DocumentEditorPage = lazyPage(() => import('./document-editor.page').then((m) => m.DocumentEditorPage));

/**
 * The «Документы» section's routes, relative to `/doctor` (the cabinet's section table mounts them):
 * «На подпись», «Мои документы», a new document and the editor.
 */
export const practitionerDocumentsRoutes: RouteObject[] = [
  { path: 'documents', element: <AwaitingSignaturePage /> },
  { path: 'documents/mine', element: <MyDocumentsPage /> },
  { path: 'documents/new', element: <NewDocumentPage /> },
  { path: 'documents/:documentId', element: <DocumentEditorPage /> },
];
