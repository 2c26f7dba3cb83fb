import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../shared/api-client';
import { formatCalendarDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { useQueryParam } from '../../shared/ui/use-query-param';
import { adminCoursesQueries } from './admin-courses-queries';

const isoDay = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

/** Completed courses and credits per practitioner for a period (this year by default), with its CSV. */
export function CourseReport() {
  const { t, i18n } = useTranslation();
  const [from, setFrom] = useQueryParam('from');
  const [to, setTo] = useQueryParam('to');
  const query = { from: isoDay(from), to: isoDay(to) };
  const report = useQuery(adminCoursesQueries.report(query));
  const date = (iso: string) => formatCalendarDate(iso, i18n.language);
  return (
    <section aria-labelledby="course-report-heading">
      <h2 id="course-report-heading">{t('adminCourses.report')}</h2>
      <p>{t('adminCourses.reportRule')}</p>
      <div className="field">
        <label htmlFor="report-from" className="field__label">
          {t('adminCourses.from')}
        </label>
        <input
          id="report-from"
          type="date"
          className="field__input"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="report-to" className="field__label">
          {t('adminCourses.to')}
        </label>
        <input
          id="report-to"
          type="date"
          className="field__input"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      </div>
      {report.isPending ? (
        <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>
      ) : report.isError ? (
        <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <p>
            <a href={apiUrl('/api/v1/admin/courses/report.csv', { query })} download>
              {t('adminCourses.csv')}
            </a>
          </p>
          {report.data.items.length === 0 ? (
            <p>{t('adminCourses.reportEmpty')}</p>
          ) : (
            <table className="admin-courses__table">
              <caption>
                {t('adminCourses.reportCaption', { from: date(report.data.from), to: date(report.data.to) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('adminCourses.practitioner')}</th>
                  <th scope="col">{t('adminCourses.completed')}</th>
                  <th scope="col">{t('adminCourses.totalCredits')}</th>
                </tr>
              </thead>
              <tbody>
                {report.data.items.map((item) => (
                  <tr key={`${item.practitioner.id}:${item.organization.id}`}>
                    <td>
                      {item.practitioner.name}
                      <br />
                      <small>{item.organization.name}</small>
                    </td>
                    <td>
                      <ul>
                        {item.courses.map((course) => (
                          <li key={course.id}>
                            {course.title} ({date(course.endsOn)}, {course.credits})
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>{item.totalCredits}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
