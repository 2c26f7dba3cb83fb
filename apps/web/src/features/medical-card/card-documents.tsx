import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../shared/ui/dates';
import { documentFileUrl, recordQueries, type TRecordDocument } from './medical-card.api';
import { EmptyList, RecordState } from './record-state';

/**
 * «Документы»: the record's documents (discharge summaries, extracts, certificates) with their PDFs, and
 * the way to order a certificate or an extract («Мои документы», `/documents`).
 */
export function CardDocuments({ patientId }: { patientId: string | undefined }) {
  const { t } = useTranslation();
  const query = useQuery(recordQueries.documents(patientId));
  const items = query.data?.items ?? [];
  return (
    <>
      <RecordState query={query} patientId={patientId} />
      {patientId ? null : (
        <p>
          <Link to="/documents">{t('card.documents.order')}</Link>
        </p>
      )}
      {query.data && items.length === 0 ? <EmptyList text={t('card.documents.none')} /> : null}
      <ul className="plain-list record-list">
        {items.map((d) => (
          <li key={d.id}>
            <article className="card" aria-labelledby={`document-${d.id}`}>
              <h3 id={`document-${d.id}`} className="card__title">
                {d.title}
              </h3>
              <DocumentFacts document={d} withType />
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A document's type, date and clinic, whether it is signed and by whom, and its PDF to download. */
export function DocumentFacts({
  document: d,
  withType = false,
}: {
  document: TRecordDocument;
  withType?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p>
        {[withType ? d.type.name : null, formatCalendarDate(d.date, i18n.language), d.organization?.name]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p>
        {d.isSigned ? t('card.documents.signed', { name: d.signerName ?? '' }) : t('card.documents.unsigned')}
      </p>
      {d.hasFile ? (
        <a className="button button--secondary" href={documentFileUrl(d.id)} download>
          {t('card.documents.download', { title: d.title })}
        </a>
      ) : null}
    </>
  );
}
