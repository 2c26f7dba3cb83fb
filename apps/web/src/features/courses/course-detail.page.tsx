import './courses.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiUrl } from '../../shared/api-client';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { CourseFacts } from './course-facts';
import { activeEnrolmentsByCourse, coursesQueries } from './courses-queries';
import { EnrolButton } from './enrol-button';

/** One course: its facts and description, «Записаться» and the calendar file. */
export function CourseDetailPage() {
  const { t } = useTranslation();
  const { courseId = '' } = useParams();
  const course = useQuery(coursesQueries.course(courseId));
  const mine = useQuery(coursesQueries.mine());
  useDocumentTitle(course.data?.title ?? t('courses.catalogue'));
  if (course.isPending) return <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>;
  if (course.isError) return <ErrorMessage error={course.error} onRetry={() => void course.refetch()} />;
  const data = course.data;
  return (
    <div className="page doctor-page">
      <p>
        <Link to="/doctor/courses">{t('courses.back')}</Link>
      </p>
      <PageHeading>{data.title}</PageHeading>
      <p className="page-lead">{data.description}</p>
      <CourseFacts course={data} />
      <EnrolButton course={data} enrolment={activeEnrolmentsByCourse(mine.data?.items).get(data.id)} />
      <a href={apiUrl('/api/v1/courses/{id}/calendar.ics', { path: { id: data.id } })} download>
        {t('courses.calendar')}
      </a>
    </div>
  );
}
