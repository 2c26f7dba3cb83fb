import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../shared/ui/confirm-action';
import { ErrorMessage } from '../../shared/ui/error-message';
import { adminCoursesApi, type TAdminEnrollment } from './admin-courses-queries';

/** «Одобрить» (takes a seat; «мест нет» is the server's COURSE_FULL) and «Отменить» with a reason. */
export function EnrollmentDecision({ enrolment }: { enrolment: TAdminEnrollment }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: (decision: 'approve' | 'cancel') =>
      adminCoursesApi.decide(enrolment.id, decision, reason.trim() || undefined),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['account', 'admin-courses'] }),
  });
  const who = `${enrolment.practitioner.name}, ${enrolment.course.title}`;
  return (
    <div className="enrollment-decision">
      {enrolment.status === 'processing' ? (
        <button
          type="button"
          className="button button--primary"
          disabled={decide.isPending}
          onClick={() => decide.mutate('approve')}
        >
          {t('adminCourses.approve')}
          <span className="visually-hidden">: {who}</span>
        </button>
      ) : null}
      <ConfirmAction
        label={t('adminCourses.cancel')}
        labelDetail={who}
        question={t('adminCourses.cancelQuestion')}
        confirmLabel={t('adminCourses.cancelConfirm')}
        isPending={decide.isPending}
        onConfirm={() => decide.mutate('cancel')}
      >
        <div className="field">
          <label htmlFor={reasonId} className="field__label">
            {t('adminCourses.reason')}
          </label>
          <input
            id={reasonId}
            className="field__input"
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      </ConfirmAction>
      {decide.isError ? <ErrorMessage error={decide.error} /> : null}
    </div>
  );
}
