import './admin-courses.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { SelectField } from '../../shared/ui/select-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useQueryParam } from '../../shared/ui/use-query-param';
import { adminCoursesQueries, type TEnrollmentStatus } from './admin-courses-queries';
import { CourseReport } from './course-report';
import { EnrollmentDecision } from './enrollment-decision';

const STATUSES = ['processing', 'approved', 'cancelled'] as const;

/**
 * «Обучение сотрудников» of the admin cabinet (issue 12 item 8): the clinic admin decides practitioners'
 * course enrolments (processing first) and reads the completed courses and credits.
 */
export function CourseEnrollmentsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('adminCourses.title'));
  const [statusParam, setStatus] = useQueryParam('status');
  const status: TEnrollmentStatus | undefined =
    statusParam === 'all'
      ? undefined
      : (STATUSES as readonly string[]).includes(statusParam)
        ? (statusParam as TEnrollmentStatus)
        : 'processing';
  const list = useQuery(adminCoursesQueries.enrollments(status));
  const date = (iso: string) => formatCalendarDate(iso, i18n.language);
  return (
    <div className="page">
      <PageHeading>{t('adminCourses.title')}</PageHeading>
      <SelectField
        id="enrollment-status"
        label={t('adminCourses.status')}
        value={status ?? 'all'}
        onChange={setStatus}
        options={[
          ...STATUSES.map((s) => ({ value: s, label: t(`courses.statuses.${s}`) })),
          { value: 'all', label: t('adminCourses.all') },
        ]}
      />
      {list.isPending ? (
        <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p>{t('adminCourses.none')}</p>
      ) : (
        <table className="admin-courses__table">
          <caption>{t('adminCourses.enrollments')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('adminCourses.practitioner')}</th>
              <th scope="col">{t('courses.course')}</th>
              <th scope="col">{t('courses.dates')}</th>
              <th scope="col">{t('courses.status')}</th>
              <th scope="col">{t('courses.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((item) => (
              <tr key={item.id}>
                <td>
                  {item.practitioner.name}
                  <br />
                  <small>{item.organization.name}</small>
                </td>
                <td>{item.course.title}</td>
                <td>
                  {date(item.course.startsOn)} — {date(item.course.endsOn)}
                </td>
                <td>
                  {t(`courses.statuses.${item.status}`)}
                  {item.reason ? `: ${item.reason}` : ''}
                </td>
                <td>{item.status === 'cancelled' ? null : <EnrollmentDecision enrolment={item} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CourseReport />
    </div>
  );
}
