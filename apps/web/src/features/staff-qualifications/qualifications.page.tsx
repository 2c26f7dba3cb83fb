import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { QUALIFICATION_STATUSES, QUALIFICATION_TYPES, QualificationForm } from './qualification-form';
import { qualificationQueries, type TQualification } from './qualifications.api';

/** «Истекает» filter: within 90 days, as the clinic admin's list. */
const EXPIRING_DAYS = 90;

/**
 * «Квалификация» in «Настройки» (issue 12 item 7; seed 004 «Моя квалификация»): the «Аккредитационные
 * документы» table with status and days left, its filters, the add/change form and the change journal.
 */
export function QualificationsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('qualifications.title'));
  const list = useQuery(qualificationQueries.list());
  const changes = useQuery(qualificationQueries.changes());
  const [editing, setEditing] = useState<TQualification | null>(null);
  const [type, setType] = useState('');
  const [status, setStatus] = useState('');
  const [isExpiringOnly, setExpiringOnly] = useState(false);
  const date = (iso: string | null) => (iso ? formatCalendarDate(iso, i18n.language) : '—');
  const items = (list.data?.items ?? []).filter(
    (q) =>
      (!type || q.type === type) &&
      (!status || q.status === status) &&
      (!isExpiringOnly || (q.daysLeft !== null && q.daysLeft >= 0 && q.daysLeft <= EXPIRING_DAYS)),
  );
  const daysLeft = (q: TQualification) =>
    q.daysLeft === null
      ? t('qualifications.noEnd')
      : q.daysLeft < 0
        ? t('qualifications.expired')
        : t('qualifications.daysLeft', { count: q.daysLeft });
  return (
    <div className="page doctor-page">
      <PageHeading isReady={!list.isPending}>{t('qualifications.title')}</PageHeading>
      <section aria-labelledby="qualifications-table-title" className="doctor-panel">
        <h2 id="qualifications-table-title">{t('qualifications.tableTitle')}</h2>
        <fieldset className="doctor-filters">
          <legend>{t('qualifications.filters.title')}</legend>
          <div className="field">
            <label htmlFor="filter-type">{t('qualifications.fields.type')}</label>
            <select id="filter-type" value={type} onChange={(e) => setType(e.target.value)}>
              <option value="">{t('qualifications.filters.all')}</option>
              {QUALIFICATION_TYPES.map((value) => (
                <option key={value} value={value}>
                  {t(`qualifications.types.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-status">{t('qualifications.fields.status')}</label>
            <select id="filter-status" value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">{t('qualifications.filters.all')}</option>
              {QUALIFICATION_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`qualifications.statuses.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <label className="field">
            <input
              type="checkbox"
              checked={isExpiringOnly}
              onChange={(e) => setExpiringOnly(e.target.checked)}
            />{' '}
            {t('qualifications.filters.expiring', { count: EXPIRING_DAYS })}
          </label>
        </fieldset>
        {list.isPending ? (
          <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>
        ) : list.isError ? (
          <ErrorMessage error={list.error} onRetry={() => void list.refetch()} headingLevel={3} />
        ) : items.length === 0 ? (
          <p>{t('qualifications.none')}</p>
        ) : (
          <table className="doctor-table">
            <caption className="visually-hidden">{t('qualifications.tableTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('qualifications.fields.type')}</th>
                <th scope="col">{t('qualifications.fields.number')}</th>
                <th scope="col">{t('qualifications.fields.specialty')}</th>
                <th scope="col">{t('qualifications.fields.period')}</th>
                <th scope="col">{t('qualifications.fields.daysLeft')}</th>
                <th scope="col">{t('qualifications.fields.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('qualifications.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((q) => (
                <tr key={q.id}>
                  <td>{t(`qualifications.types.${q.type}`)}</td>
                  <td>{q.number}</td>
                  <td>{q.specialty.name}</td>
                  <td>
                    {date(q.issuedOn)} — {date(q.validUntil)}
                  </td>
                  <td>{daysLeft(q)}</td>
                  <td>{t(`qualifications.statuses.${q.status}`)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--link"
                      onClick={() => setEditing(q)}
                      aria-label={t('qualifications.editOne', { number: q.number })}
                    >
                      {t('qualifications.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <QualificationForm editing={editing} onDone={() => setEditing(null)} />
      <section aria-labelledby="qualifications-journal-title" className="doctor-panel">
        <h2 id="qualifications-journal-title">{t('qualifications.journal.title')}</h2>
        {(changes.data?.items ?? []).length === 0 ? (
          <p>{t('qualifications.journal.none')}</p>
        ) : (
          <ul>
            {changes.data?.items.map((c) => (
              <li key={c.id}>
                {new Date(c.changedAt).toLocaleString(i18n.language)} — {c.changedBy ?? '—'}:{' '}
                {c.before ? t('qualifications.journal.changed') : t('qualifications.journal.created')}{' '}
                {String(c.after.number ?? '')}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
