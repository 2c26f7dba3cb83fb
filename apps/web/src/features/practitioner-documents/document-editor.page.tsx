import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConfirmAction } from '../../shared/ui/confirm-action';
import { formatCalendarDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { PageHeading } from '../../shared/ui/page-heading';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { AutosaveStatus } from '../visit-record/autosave-status';
import { useAutosave } from '../visit-record/use-autosave';
import { documentApi, documentQueries, type TPractitionerDocument } from './practitioner-documents.api';
import './practitioner-documents.css';

/**
 * `/doctor/documents/:id` — a document the doctor writes (issue 12 item 5): its sections prefilled from the
 * record, saved as the doctor types (1.5 s after a pause and when a field is left), «Подписать» after a
 * confirmation; once signed it is read-only with its PDF and its check page, and «Исправить» starts a
 * correction that will supersede it.
 */
export function DocumentEditorPage() {
  const { t } = useTranslation();
  const { documentId = '' } = useParams();
  const document = useQuery(documentQueries.one(documentId));
  useDocumentTitle(
    document.data ? `${document.data.title} № ${document.data.number}` : t('practitionerDocuments.editor'),
  );
  return (
    <div className="page doctor-page">
      <PageHeading isReady={!document.isPending}>
        {document.data
          ? `${document.data.title} № ${document.data.number}`
          : t('practitionerDocuments.editor')}
      </PageHeading>
      {document.isPending ? <p>{t('common.loading')}</p> : null}
      {document.isError ? (
        <ErrorMessage error={document.error} onRetry={() => void document.refetch()} />
      ) : null}
      {document.data ? <DocumentForm key={document.data.id} initial={document.data} /> : null}
    </div>
  );
}

function DocumentForm({ initial }: { initial: TPractitionerDocument }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [document, setDocument] = useState(initial);
  const [texts, setTexts] = useState<Record<string, string>>(initial.sections);
  const textsRef = useRef(texts);
  const isDraft = document.status === 'draft';
  const keep = (next: TPractitionerDocument) => {
    setDocument(next);
    queryClient.setQueryData(documentQueries.one(next.id).queryKey, next);
  };
  const autosave = useAutosave(async () => keep(await documentApi.save(document.id, textsRef.current)));
  const sign = useMutation({
    mutationFn: async () => {
      await autosave.flush();
      return documentApi.sign(document.id);
    },
    onSuccess: (signed) => {
      keep(signed);
      void queryClient.invalidateQueries({ queryKey: ['account', 'practitioner-documents'] });
    },
  });
  const correct = useMutation({
    mutationFn: () =>
      documentApi.create({ patientId: document.patient.id, kind: document.kind, supersedesId: document.id }),
    onSuccess: (draft) => navigate(`/doctor/documents/${draft.id}`),
  });
  const change = (key: string, value: string) => {
    const next = { ...textsRef.current, [key]: value };
    textsRef.current = next;
    setTexts(next);
    autosave.schedule();
  };
  const period = document.period
    ? `${formatCalendarDate(document.period.from, i18n.language)} — ${formatCalendarDate(document.period.to, i18n.language)}`
    : null;

  return (
    <>
      <p className="page-lead">
        <span lang="ru">{document.patient.name}</span>
        {period ? ` · ${t('practitionerDocuments.period', { period })}` : ''}
      </p>
      <AutosaveStatus
        state={autosave.state}
        settled={isDraft ? null : t(`practitionerDocuments.statuses.${document.status}`)}
      />
      <section aria-labelledby="document-sections">
        <h2 id="document-sections">{t('practitionerDocuments.sectionsTitle')}</h2>
        {isDraft ? (
          Object.keys(texts).map((key) => (
            <TextAreaField
              key={key}
              id={`section-${key}`}
              label={t(`practitionerDocuments.sectionNames.${key}`, { defaultValue: key })}
              rows={key === 'diagnoses' || key === 'results' || key === 'visits' ? 5 : 3}
              value={texts[key] ?? ''}
              onChange={(event) => change(key, event.target.value)}
              onBlur={() => void autosave.flush().catch(() => undefined)}
            />
          ))
        ) : (
          <dl className="record-list__facts">
            {Object.entries(document.sections)
              .filter(([, text]) => text.trim())
              .map(([key, text]) => (
                <div key={key}>
                  <dt>{t(`practitionerDocuments.sectionNames.${key}`, { defaultValue: key })}</dt>
                  <dd className="preserve-lines">{text}</dd>
                </div>
              ))}
          </dl>
        )}
      </section>
      {isDraft ? (
        <ConfirmAction
          label={t('practitionerDocuments.sign')}
          question={t('practitionerDocuments.signQuestion')}
          confirmLabel={t('practitionerDocuments.signConfirm')}
          isDestructive={false}
          isPending={sign.isPending}
          error={sign.error ? <ErrorMessage error={sign.error} /> : undefined}
          onConfirm={() => sign.mutate()}
        />
      ) : (
        <p className="form-actions">
          {document.fileUrl ? (
            <a className="button button--primary" href={document.fileUrl} download>
              {t('practitionerDocuments.download')}
            </a>
          ) : null}{' '}
          {document.checkUrl ? (
            <a className="button button--secondary" href={document.checkUrl}>
              {t('practitionerDocuments.check')}
            </a>
          ) : null}{' '}
          {document.status === 'signed' ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={correct.isPending}
              onClick={() => correct.mutate()}
            >
              {t('practitionerDocuments.correct')}
            </button>
          ) : null}
        </p>
      )}
      {correct.error ? <ErrorMessage error={correct.error} /> : null}
    </>
  );
}
