import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoscowDateTime } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { ResultMarker } from '../medical-card/result-marker';
import { labApi, labQueries } from './lab-orders.api';
import '../account/account.css';

/**
 * «Результаты к просмотру» (issue 12 item 1): the results of one's own orders not yet looked at — critical,
 * then out of range, then the rest (the server's order) —, each with its worst flag in words, a way to the
 * patient's results and «Просмотрено». `level` is its headings' level on the page it is on (3 under a
 * section of «Главная», 2 on the section's own tab).
 */
export function ResultsToReview({ level, max }: { level: 2 | 3; max?: number }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const list = useQuery(labQueries.toReview());
  const review = useMutation({
    mutationFn: labApi.review,
    onSuccess: () => {
      setStatus(t('labs.review.done'));
      void queryClient.invalidateQueries({ queryKey: labQueries.toReview().queryKey });
    },
  });
  const Item = level === 2 ? 'h2' : 'h3';
  const shown = list.data?.items.slice(0, max);
  if (list.isPending) return <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>;
  if (list.isError)
    return <ErrorMessage error={list.error} onRetry={() => void list.refetch()} headingLevel={level} />;
  return (
    <>
      <LiveStatus>{status}</LiveStatus>
      <p>
        {list.data.count > 0 ? t('labs.review.count', { count: list.data.count }) : t('labs.review.none')}
      </p>
      {shown && shown.length > 0 ? (
        <ul className="record-list">
          {shown.map((item) => (
            <li key={item.reportId} className="record-list__item">
              <Item className="record-list__title">
                {item.name} — {item.patient.fullName}
              </Item>
              <p>
                {formatMoscowDateTime(item.issued ?? item.effective, i18n.language)}
                {item.outOfRange > 0 ? (
                  <>
                    {' · '}
                    <ResultMarker interpretation={item.worst} />{' '}
                    {t('labs.review.outOfRange', { count: item.outOfRange })}
                  </>
                ) : (
                  ` · ${t('labs.review.allNormal')}`
                )}
              </p>
              <p>
                <Link to={`/doctor/patients/${item.patient.id}?section=labs`}>
                  {t('labs.review.open', { name: item.patient.fullName })}
                </Link>{' '}
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={review.isPending}
                  onClick={() => review.mutate(item.reportId)}
                >
                  {t('labs.review.mark', { name: item.name, patient: item.patient.fullName })}
                </button>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <FormAlert error={review.error} />
      {max === undefined && list.data.total > list.data.items.length ? (
        <p>{t('labs.review.firstPage', { shown: list.data.items.length, count: list.data.total })}</p>
      ) : null}
      {max !== undefined && list.data.items.length > max ? (
        <p>
          <Link to="/doctor/labs/review">{t('labs.review.all', { count: list.data.count })}</Link>
        </p>
      ) : null}
    </>
  );
}
