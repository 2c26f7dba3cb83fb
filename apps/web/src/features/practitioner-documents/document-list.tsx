import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoscowDate } from '../../shared/ui/dates';
import type { TPractitionerDocument } from './practitioner-documents.api';

/** The documents as a list: title and number (a link to the editor), patient, status, the PDF once signed. */
export function DocumentList({ documents }: { documents: readonly TPractitionerDocument[] }) {
  const { t, i18n } = useTranslation();
  if (documents.length === 0) return null;
  return (
    <ul className="record-list">
      {documents.map((d) => (
        <li key={d.id} className="record-list__item">
          <p>
            <Link to={`/doctor/documents/${d.id}`}>
              {d.title} № {d.number}
            </Link>{' '}
            <span className={d.status === 'signed' ? 'badge' : 'badge badge--muted'}>
              {t(`practitionerDocuments.statuses.${d.status}`)}
            </span>
          </p>
          <p>
            <span lang="ru">{d.patient.name}</span> ·{' '}
            {formatMoscowDate(d.signedAt ?? d.updatedAt, i18n.language)}
            {d.fileUrl ? (
              <>
                {' · '}
                <a href={d.fileUrl} download>
                  {t('practitionerDocuments.download')}
                  <span className="visually-hidden"> {`${d.title} № ${d.number}`}</span>
                </a>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
