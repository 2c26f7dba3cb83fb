import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/ui/error-message';
import { adminQueuesApi, type TQueueDataChange, type TQueueDataRequest } from './admin-queues.api';

function useQueueMutation<A>(run: (args: A) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: ['account', 'admin-queues'] }),
  });
}

/** A data-change request decided inline: approve or reject with a comment (the patient reads it), then apply. */
export function DataChangeActions({ request }: { request: TQueueDataChange }) {
  const { t } = useTranslation();
  const commentId = useId();
  const [comment, setComment] = useState('');
  const act = useQueueMutation((step: 'approve' | 'reject' | 'apply') =>
    step === 'apply'
      ? adminQueuesApi.applyDataChange(request.id)
      : adminQueuesApi.decideDataChange(request.id, step, step === 'reject' ? comment : undefined),
  );
  if (request.status === 'approved') {
    return (
      <>
        <button
          type="button"
          className="button button--primary"
          disabled={act.isPending}
          onClick={() => act.mutate('apply')}
        >
          {t('adminQueues.apply', { number: request.number })}
        </button>
        {act.isError ? <ErrorMessage error={act.error} /> : null}
      </>
    );
  }
  return (
    <>
      <button
        type="button"
        className="button button--primary"
        disabled={act.isPending}
        onClick={() => act.mutate('approve')}
      >
        {t('adminQueues.approve', { number: request.number })}
      </button>
      <details className="admin-queues__reject">
        <summary>{t('adminQueues.reject')}</summary>
        <label htmlFor={commentId} className="field__label">
          {t('adminQueues.comment')}
        </label>
        <textarea
          id={commentId}
          className="field__input"
          value={comment}
          maxLength={1000}
          onChange={(e) => setComment(e.target.value)}
        />
        <button
          type="button"
          className="button button--secondary"
          disabled={act.isPending || !comment.trim()}
          onClick={() => act.mutate('reject')}
        >
          {t('adminQueues.rejectConfirm', { number: request.number })}
        </button>
      </details>
      {act.isError ? <ErrorMessage error={act.error} /> : null}
    </>
  );
}

/** A data-subject request moved on inline: taken into work, then done. */
export function DataRequestActions({ request }: { request: TQueueDataRequest }) {
  const { t } = useTranslation();
  const next = request.status === 'received' ? 'in_progress' : 'done';
  const act = useQueueMutation(() => adminQueuesApi.moveDataRequest(request.id, next));
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={act.isPending}
        onClick={() => act.mutate(undefined)}
      >
        {t(`adminQueues.dataRequestTo.${next}`)}
      </button>
      {act.isError ? <ErrorMessage error={act.error} /> : null}
    </>
  );
}
