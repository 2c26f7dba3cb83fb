import './courses.css';
import { COURSE_DIRECTIONS, COURSE_FORMATS } from '@talon/vocabulary';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUrl } from '../../shared/api-client';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { SelectField } from '../../shared/ui/select-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useQueryParam } from '../../shared/ui/use-query-param';
import { CourseFacts } from './course-facts';
import { activeEnrolmentsByCourse, coursesQueries, type TCourseFilter } from './courses-queries';
import { EnrolButton } from './enrol-button';

const asFilter = <T extends string>(value: string, allowed: readonly T[]) =>
  (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

/**
 * «Каталог» of «Обучение» (issue 12 item 8): courses by direction, format and first day (filters in the URL),
 * each with its facts, «Записаться» and the calendar file.
 */
export function CourseCataloguePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('courses.catalogue'));
  const [direction, setDirection] = useQueryParam('direction');
  const [format, setFormat] = useQueryParam('format');
  const [startsFrom, setStartsFrom] = useQueryParam('startsFrom');
  const filter: TCourseFilter = {
    direction: asFilter(direction, COURSE_DIRECTIONS),
    format: asFilter(format, COURSE_FORMATS),
    startsFrom: /^\d{4}-\d{2}-\d{2}$/.test(startsFrom) ? startsFrom : undefined,
  };
  const list = useQuery(coursesQueries.catalogue(filter));
  const mine = useQuery(coursesQueries.mine());
  const active = activeEnrolmentsByCourse(mine.data?.items);
  return (
    <div className="page doctor-page">
      <PageHeading>{t('courses.catalogue')}</PageHeading>
      <search className="doctor-panel course-filters" aria-label={t('courses.filters')}>
        <SelectField
          id="course-direction"
          label={t('courses.direction')}
          value={filter.direction ?? ''}
          onChange={setDirection}
          options={[
            { value: '', label: t('courses.anyDirection') },
            ...COURSE_DIRECTIONS.map((d) => ({ value: d, label: t(`courses.directions.${d}`) })),
          ]}
        />
        <SelectField
          id="course-format"
          label={t('courses.format')}
          value={filter.format ?? ''}
          onChange={setFormat}
          options={[
            { value: '', label: t('courses.anyFormat') },
            ...COURSE_FORMATS.map((f) => ({ value: f, label: t(`courses.formats.${f}`) })),
          ]}
        />
        <div className="field">
          <label htmlFor="course-starts-from" className="field__label">
            {t('courses.startsFrom')}
          </label>
          <input
            id="course-starts-from"
            type="date"
            className="field__input"
            value={startsFrom}
            onChange={(event) => setStartsFrom(event.target.value)}
          />
        </div>
      </search>
      {list.isPending ? (
        <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <LiveStatus>{t('courses.found', { count: list.data.items.length })}</LiveStatus>
          <ul className="course-list">
            {list.data.items.map((course) => (
              <li key={course.id}>
                <article className="doctor-panel course-card" aria-labelledby={`course-${course.id}`}>
                  <h2 id={`course-${course.id}`}>
                    <Link to={`/doctor/courses/${course.id}`}>{course.title}</Link>
                  </h2>
                  <CourseFacts course={course} />
                  <EnrolButton course={course} enrolment={active.get(course.id)} />
                  <a href={apiUrl('/api/v1/courses/{id}/calendar.ics', { path: { id: course.id } })} download>
                    {t('courses.calendar')}
                    <span className="visually-hidden">
                      {t('courses.enrolDetail', { title: course.title })}
                    </span>
                  </a>
                </article>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
