import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmAction } from '../../shared/ui/confirm-action';
import { formatMoscowDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { DocumentList } from './document-list';
import { documentApi, documentQueries, type TAwaitingRequest } from './practitioner-documents.api';

/**
 * «Документы» → «На подпись» (`/doctor/documents`): the doctor's own drafts and the patients' certificate
 * requests waiting for this doctor's signature (signed here through their own use case, with a confirmation).
 */
export function AwaitingSignaturePage() {
  const { t } = useTranslation();
  const list = useQuery(documentQueries.list('awaiting_signature'));
  useDocumentTitle(t('practitionerDocuments.awaiting.title'));
  const documents = list.data?.documents ?? [];
  const requests = list.data?.requests ?? [];
  return (
    <div className="page doctor-page">
      <PageHeading isReady={!list.isPending}>{t('practitionerDocuments.awaiting.title')}</PageHeading>
      <p>
        <Link className="button button--primary" to="/doctor/documents/new">
          {t('practitionerDocuments.write')}
        </Link>
      </p>
      {list.isPending ? <p>{t('common.loading')}</p> : null}
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">{t('practitionerDocuments.awaiting.drafts')}</h2>
        {list.data && documents.length === 0 ? <p>{t('practitionerDocuments.awaiting.noDrafts')}</p> : null}
        <DocumentList documents={documents} />
      </section>
      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">{t('practitionerDocuments.awaiting.requests')}</h2>
        {list.data && requests.length === 0 ? <p>{t('practitionerDocuments.awaiting.noRequests')}</p> : null}
        <ul className="record-list">
          {requests.map((request) => (
            <RequestItem key={request.id} request={request} />
          ))}
        </ul>
      </section>
    </div>
  );
}

function RequestItem({ request }: { request: TAwaitingRequest }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const sign = useMutation({
    mutationFn: () => documentApi.signRequest(request.id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['account', 'practitioner-documents'] }),
  });
  return (
    <li className="record-list__item">
      <p>
        <strong>{request.title}</strong> № {request.number}
      </p>
      <p>
        <span lang="ru">{request.patient.name}</span> ·{' '}
        {t('practitionerDocuments.ordered', { date: formatMoscowDate(request.createdAt, i18n.language) })}
      </p>
      <ConfirmAction
        label={t('practitionerDocuments.sign')}
        labelDetail={`${request.title} № ${request.number}`}
        question={t('practitionerDocuments.signRequestQuestion', { number: request.number })}
        confirmLabel={t('practitionerDocuments.signConfirm')}
        isDestructive={false}
        isPending={sign.isPending}
        error={sign.error ? <ErrorMessage error={sign.error} /> : undefined}
        onConfirm={() => sign.mutate()}
      />
    </li>
  );
}
