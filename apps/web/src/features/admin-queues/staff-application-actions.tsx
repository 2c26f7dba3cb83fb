import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/ui/error-message';
import { adminQueuesApi, type TQueueStaffApplication } from './admin-queues.api';

type Step = { move: 'review' } | { move: 'approve' } | { move: 'reject'; reason: string };

const run = (id: string, step: Step) =>
  step.move === 'review'
    ? adminQueuesApi.reviewStaffApplication(id)
    : step.move === 'approve'
      ? adminQueuesApi.approveStaffApplication(id)
      : adminQueuesApi.rejectStaffApplication(id, step.reason);

/**
 * A staff application moved on inline: a submitted one is taken in review; one in review is approved, or
 * rejected with the reason the applicant reads (the form refuses an empty one).
 */
export function StaffApplicationActions({ application }: { application: TQueueStaffApplication }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const client = useQueryClient();
  const act = useMutation({
    mutationFn: (step: Step) => run(application.id, step),
    onSuccess: () => client.invalidateQueries({ queryKey: ['account', 'admin-queues'] }),
  });
  const number = application.number;
  const failure = act.isError ? <ErrorMessage error={act.error} /> : null;
  if (application.status === 'submitted') {
    return (
      <>
        <button
          type="button"
          className="button"
          disabled={act.isPending}
          onClick={() => act.mutate({ move: 'review' })}
        >
          {t('adminQueues.staffApplicationReview', { number })}
        </button>
        {failure}
      </>
    );
  }
  const submitRejection = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) act.mutate({ move: 'reject', reason: reason.trim() });
  };
  return (
    <>
      <button
        type="button"
        className="button button--primary"
        disabled={act.isPending}
        onClick={() => act.mutate({ move: 'approve' })}
      >
        {t('adminQueues.staffApplicationApprove', { number })}
      </button>
      <details className="admin-queues__reject">
        <summary>{t('adminQueues.staffApplicationReject')}</summary>
        <form onSubmit={submitRejection}>
          <label htmlFor={reasonId} className="field__label">
            {t('adminQueues.staffApplicationReason')}
          </label>
          <textarea
            id={reasonId}
            className="field__input"
            required
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <button type="submit" className="button button--secondary" disabled={act.isPending}>
            {t('adminQueues.staffApplicationRejectConfirm', { number })}
          </button>
        </form>
      </details>
      {failure}
    </>
  );
}
