import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmAction } from '../../shared/ui/confirm-action';
import { formatMoscowDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { PageHeading } from '../../shared/ui/page-heading';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { DocumentList } from './document-list';
import { documentApi, documentQueries, type TAwaitingRequest } from './practitioner-documents.api';

/**
 * «Документы» → «На подпись» (`/doctor/documents`): the doctor's own drafts and the patients' certificate
 * requests waiting for this doctor's signature (signed here through their own use case, with a confirmation,
 * or rejected with a reason the patient reads).
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
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: ['account', 'practitioner-documents'] });
  const sign = useMutation({ mutationFn: () => documentApi.signRequest(request.id), onSuccess: refresh });
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const reject = useMutation({
    mutationFn: (text: string) => documentApi.rejectRequest(request.id, text),
    onSuccess: refresh,
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
      <ConfirmAction
        label={t('practitionerDocuments.reject')}
        labelDetail={`${request.title} № ${request.number}`}
        question={t('practitionerDocuments.rejectQuestion', { number: request.number })}
        confirmLabel={t('practitionerDocuments.rejectConfirm')}
        isPending={reject.isPending}
        error={reject.error ? <ErrorMessage error={reject.error} /> : undefined}
        onConfirm={() => {
          const text = reason.trim();
          setReasonError(text ? null : t('practitionerDocuments.rejectReasonRequired'));
          if (text) reject.mutate(text);
        }}
      >
        <TextAreaField
          id={`reject-reason-${request.id}`}
          label={t('practitionerDocuments.rejectReason')}
          hint={t('practitionerDocuments.rejectReasonHint')}
          error={reasonError}
          maxLength={1000}
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </ConfirmAction>
    </li>
  );
}
