import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { SearchForm } from '../../shared/ui/search-form';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useQueryParam } from '../../shared/ui/use-query-param';
import { cardPath, practiceQueries } from './practice-queries';

/**
 * «Карты пациентов» (issue 12 item 3): one field for a surname, a birth date or a SNILS; the patients in the
 * practitioner's care, and by an exact SNILS anyone (their card then offers emergency access).
 */
export function PatientsPage() {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useQueryParam('q');
  useDocumentTitle(t('practice.patients.title'));
  const found = useQuery(practiceQueries.patients(q));
  return (
    <div className="page doctor-page">
      <PageHeading>{t('practice.patients.title')}</PageHeading>
      <SearchForm
        label={t('practice.patients.search')}
        hint={t('practice.patients.hint')}
        value={q}
        onSearch={setQ}
      />
      {!q ? null : found.isPending ? (
        <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>
      ) : found.isError ? (
        <ErrorMessage error={found.error} onRetry={() => void found.refetch()} />
      ) : found.data.items.length === 0 ? (
        <p role="status">{t('practice.patients.none')}</p>
      ) : (
        <>
          <p role="status">
            {t('practice.patients.found', { count: found.data.items.length })}
            {found.data.truncated ? ` ${t('practice.patients.truncated')}` : ''}
          </p>
          <table className="doctor-table">
            <caption className="visually-hidden">{t('practice.patients.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('practice.patients.name')}</th>
                <th scope="col">{t('practice.patients.birthDate')}</th>
                <th scope="col">{t('practice.patients.snils')}</th>
                <th scope="col">{t('practice.patients.attached')}</th>
                <th scope="col">{t('practice.patients.care')}</th>
              </tr>
            </thead>
            <tbody>
              {found.data.items.map((person) => (
                <tr key={person.id}>
                  <th scope="row">
                    <Link to={cardPath(person.id)} lang="ru">
                      {[person.surname, person.name, person.patronymic].filter(Boolean).join(' ')}
                    </Link>
                  </th>
                  <td>{formatCalendarDate(person.birthDate, i18n.language)}</td>
                  <td>{person.snils ?? '—'}</td>
                  <td>{person.attachedOrganizationName ?? '—'}</td>
                  <td>{t(person.isInCare ? 'practice.patients.inCare' : 'practice.patients.outsideCare')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
