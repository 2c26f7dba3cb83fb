import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/ui/error-message';
import { coursesApi, type TCourse, type TCourseEnrollment } from './courses-queries';

/**
 * «Записаться», or the status of the practitioner's active enrolment in the course. The answer is announced
 * (a polite status); a refusal (already enrolled, the course has started) is shown with the server's words.
 */
export function EnrolButton({
  course,
  enrolment,
}: {
  course: TCourse;
  enrolment: TCourseEnrollment | undefined;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const enrol = useMutation({
    mutationFn: () => coursesApi.enrol(course.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['account', 'courses'] }),
  });
  return (
    <div className="course-enrol">
      <p role="status" className="course-enrol__status">
        {enrolment ? t('courses.enrolled', { status: t(`courses.statuses.${enrolment.status}`) }) : null}
      </p>
      {enrolment ? null : (
        <button
          type="button"
          className="button button--primary"
          disabled={enrol.isPending}
          onClick={() => enrol.mutate()}
        >
          {enrol.isPending ? t('courses.enrolling') : t('courses.enrol')}
          <span className="visually-hidden">{t('courses.enrolDetail', { title: course.title })}</span>
        </button>
      )}
      {enrol.isError ? <ErrorMessage error={enrol.error} /> : null}
    </div>
  );
}
