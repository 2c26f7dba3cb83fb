import './admin-courses.css';
import { ENROLMENT_STATUSES } from '@talon/vocabulary';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shared/ui/page-heading';
import { SelectField } from '../../shared/ui/select-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useQueryParam } from '../../shared/ui/use-query-param';
import { EnrolmentTable } from '../courses/enrolment-table';
import { adminCoursesQueries, type TEnrollmentStatus } from './admin-courses-queries';
import { CourseReport } from './course-report';
import { EnrollmentDecision } from './enrollment-decision';

/**
 * «Обучение сотрудников» of the admin cabinet (issue 12 item 8): the clinic admin decides practitioners'
 * course enrolments (processing first) and reads the completed courses and credits.
 */
export function CourseEnrollmentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('adminCourses.title'));
  const [statusParam, setStatus] = useQueryParam('status');
  const status: TEnrollmentStatus | undefined =
    statusParam === 'all'
      ? undefined
      : (ENROLMENT_STATUSES as readonly string[]).includes(statusParam)
        ? (statusParam as TEnrollmentStatus)
        : 'processing';
  const list = useQuery(adminCoursesQueries.enrollments(status));
  return (
    <div className="page">
      <PageHeading>{t('adminCourses.title')}</PageHeading>
      <SelectField
        id="enrollment-status"
        label={t('adminCourses.status')}
        value={status ?? 'all'}
        onChange={setStatus}
        options={[
          ...ENROLMENT_STATUSES.map((s) => ({ value: s, label: t(`courses.statuses.${s}`) })),
          { value: 'all', label: t('adminCourses.all') },
        ]}
      />
      <EnrolmentTable
        list={list}
        caption={t('adminCourses.enrollments')}
        className="admin-courses__table"
        empty={<p>{t('adminCourses.none')}</p>}
        lead={[
          {
            heading: t('adminCourses.practitioner'),
            cell: (item) => (
              <>
                {item.practitioner.name}
                <br />
                <small>{item.organization.name}</small>
              </>
            ),
          },
          { heading: t('courses.course'), cell: (item) => item.course.title },
        ]}
        action={(item) => <EnrollmentDecision enrolment={item} />}
      />
      <CourseReport />
    </div>
  );
}
