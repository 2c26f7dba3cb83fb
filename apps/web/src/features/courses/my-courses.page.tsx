import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmAction } from '../../shared/ui/confirm-action';
import { formatCalendarDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { coursesApi, coursesQueries, type TCourseEnrollment } from './courses-queries';

/** «Мои курсы»: the practitioner's enrolments with their status; an active one can be cancelled. */
export function MyCoursesPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('courses.mine'));
  const list = useQuery(coursesQueries.mine());
  const date = (iso: string) => formatCalendarDate(iso, i18n.language);
  return (
    <div className="page doctor-page">
      <PageHeading>{t('courses.mine')}</PageHeading>
      {list.isPending ? (
        <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p>
          {t('courses.none')} <Link to="/doctor/courses">{t('courses.toCatalogue')}</Link>
        </p>
      ) : (
        <table className="doctor-table">
          <caption className="visually-hidden">{t('courses.mine')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('courses.course')}</th>
              <th scope="col">{t('courses.dates')}</th>
              <th scope="col">{t('courses.credits')}</th>
              <th scope="col">{t('courses.status')}</th>
              <th scope="col">{t('courses.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link to={`/doctor/courses/${item.course.id}`}>{item.course.title}</Link>
                </td>
                <td>
                  {date(item.course.startsOn)} — {date(item.course.endsOn)}
                </td>
                <td>{item.course.credits}</td>
                <td>
                  {t(`courses.statuses.${item.status}`)}
                  {item.reason ? `: ${item.reason}` : ''}
                </td>
                <td>{item.status === 'cancelled' ? null : <CancelEnrolment enrolment={item} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function CancelEnrolment({ enrolment }: { enrolment: TCourseEnrollment }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => coursesApi.cancel(enrolment.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['account', 'courses'] }),
  });
  return (
    <ConfirmAction
      label={t('courses.cancel')}
      labelDetail={enrolment.course.title}
      question={t('courses.cancelQuestion')}
      confirmLabel={t('courses.cancelConfirm')}
      isPending={cancel.isPending}
      error={cancel.isError ? <ErrorMessage error={cancel.error} /> : undefined}
      onConfirm={() => cancel.mutate()}
    />
  );
}
