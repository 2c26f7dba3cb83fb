import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmAction } from '../../shared/ui/confirm-action';
import { ErrorMessage } from '../../shared/ui/error-message';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { coursesApi, coursesQueries, type TCourseEnrollment } from './courses-queries';
import { EnrolmentTable } from './enrolment-table';

/** «Мои курсы»: the practitioner's enrolments with their status; an active one can be cancelled. */
export function MyCoursesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('courses.mine'));
  const list = useQuery(coursesQueries.mine());
  return (
    <div className="page doctor-page">
      <PageHeading>{t('courses.mine')}</PageHeading>
      <EnrolmentTable
        list={list}
        caption={t('courses.mine')}
        captionHidden
        className="doctor-table"
        empty={
          <p>
            {t('courses.none')} <Link to="/doctor/courses">{t('courses.toCatalogue')}</Link>
          </p>
        }
        lead={[
          {
            heading: t('courses.course'),
            cell: (item) => <Link to={`/doctor/courses/${item.course.id}`}>{item.course.title}</Link>,
          },
        ]}
        middle={[{ heading: t('courses.credits'), cell: (item) => item.course.credits }]}
        action={(item) => <CancelEnrolment enrolment={item} />}
      />
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
