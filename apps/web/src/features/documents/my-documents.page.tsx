import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { DocumentFacts } from '../medical-card/card-documents';
import { DocumentRequestsList } from './document-requests-list';
import { documentsQueries } from './documents.api';
import { OrderDocumentForm } from './order-document-form';
import '../account/account.css';

/**
 * `/documents` («Мои документы», issue 11 item 6): the record's documents with their PDFs, the order of a
 * certificate or an extract, and the requests with their status.
 */
export function MyDocumentsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  useDocumentTitle(t('documents.title'));
  const documents = useQuery(documentsQueries.recordDocuments());
  const items = documents.data?.items ?? [];

  return (
    <div className="page account-page">
      <PageHeading>{t('documents.title')}</PageHeading>
      <p className="page-lead">{t('documents.lead')}</p>
      <LiveStatus>{status}</LiveStatus>
      <section className="section" aria-labelledby="order-title">
        <h2 id="order-title">{t('documents.order.title')}</h2>
        <p className="hint">{t('documents.order.lead')}</p>
        <OrderDocumentForm onOrdered={setStatus} />
      </section>
      <DocumentRequestsList onStatus={setStatus} />
      <section className="section" aria-labelledby="record-documents-title">
        <h2 id="record-documents-title">{t('documents.record.title')}</h2>
        {documents.isError ? (
          <ErrorMessage error={documents.error} onRetry={() => void documents.refetch()} headingLevel={3} />
        ) : null}
        {documents.isPending ? <p>{t('common.loading')}</p> : null}
        {documents.isSuccess && items.length === 0 ? (
          <p className="hint">{t('documents.record.empty')}</p>
        ) : null}
        {items.length > 0 ? (
          <ul className="record-list">
            {items.map((d) => (
              <li key={d.id} className="record-list__item">
                <h3 className="record-list__title">{d.title}</h3>
                <DocumentFacts document={d} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
