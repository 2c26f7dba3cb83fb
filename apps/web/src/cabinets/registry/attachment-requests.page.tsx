import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  attachmentApi,
  attachmentQueries,
  scanUrl,
  type TAttachmentDecision,
  type TRegistryAttachmentRequest,
} from '../../features/attachment/attachment.api';
import { ConfirmAction } from '../../shared/ui/confirm-action';
import { formatMoscowDateTime } from '../../shared/ui/dates';
import { describeError, ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { TextField } from '../../shared/ui/text-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import '../../features/account/account.css';

/**
 * `/registry/attachments` (issue 13 item 2): attachment requests made to the registrar's clinic, oldest
 * first, each with its scan to check; approve (attaches the patient, ends the previous attachment) or
 * reject with a reason the patient reads.
 */
export function AttachmentRequestsPage() {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const pending = useQuery(attachmentQueries.pending());
  useDocumentTitle(t('registry.attachments.title'));
  const items = pending.data?.items ?? [];

  const decided = (message: string) => {
    setStatus(message);
    // The decided request leaves the list with its buttons: continue from the list's heading.
    headingRef.current?.focus();
  };

  return (
    <div className="page account-page">
      <PageHeading>{t('registry.attachments.title')}</PageHeading>
      <p className="page-lead">{t('registry.attachments.lead')}</p>
      <LiveStatus>{status}</LiveStatus>
      <h2 ref={headingRef} tabIndex={-1} className="section">
        {t('common.found', { total: items.length })}
      </h2>
      {pending.isError ? <ErrorMessage error={pending.error} onRetry={() => void pending.refetch()} /> : null}
      {pending.isPending ? <p>{t('common.loading')}</p> : null}
      {pending.isSuccess && items.length === 0 ? (
        <p className="hint">{t('registry.attachments.empty')}</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="record-list">
          {items.map((request) => (
            <RequestItem key={request.id} request={request} onDecided={decided} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function RequestItem({
  request,
  onDecided,
}: {
  request: TRegistryAttachmentRequest;
  onDecided: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const decide = useMutation({
    mutationFn: (body: TAttachmentDecision) => attachmentApi.decide(request.id, body),
    onSuccess: async (_, body) => {
      await queryClient.invalidateQueries({ queryKey: attachmentQueries.pending().queryKey });
      onDecided(
        t(body.decision === 'approve' ? 'registry.attachments.approved' : 'registry.attachments.rejected', {
          number: request.number,
        }),
      );
    },
  });
  const failed = decide.error ? describeError(decide.error, t) : null;
  const which = t('registry.attachments.which', { number: request.number });

  return (
    <li className="record-list__item">
      <h3 className="record-list__title">{request.number}</h3>
      <dl className="record-list__facts">
        <div>
          <dt>{t('registry.attachments.clinic')}</dt>
          <dd>{request.organization.name}</dd>
        </div>
        <div>
          <dt>{t('registry.attachments.district')}</dt>
          <dd>{request.district ?? t('registry.attachments.noDistrict')}</dd>
        </div>
        <div>
          <dt>{t('registry.attachments.reason')}</dt>
          <dd>{request.reason}</dd>
        </div>
        <div>
          <dt>{t('registry.attachments.moved')}</dt>
          <dd>{request.moved ? t('registry.attachments.movedYes') : t('registry.attachments.movedNo')}</dd>
        </div>
        <div>
          <dt>{t('registry.attachments.scan')}</dt>
          <dd>
            {request.scanUploadId ? (
              <a href={scanUrl(request.scanUploadId)} target="_blank" rel="noreferrer">
                {t('registry.attachments.openScan', { number: request.number })}
              </a>
            ) : (
              t('registry.attachments.noScan')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('registry.attachments.createdAt')}</dt>
          <dd>{formatMoscowDateTime(request.createdAt, i18n.language)}</dd>
        </div>
      </dl>
      <div className="form__actions">
        <ConfirmAction
          label={t('registry.attachments.approve')}
          labelDetail={which}
          question={t('registry.attachments.approveQuestion', { number: request.number })}
          confirmLabel={t('registry.attachments.approveConfirm')}
          isPending={decide.isPending}
          error={decide.variables?.decision === 'approve' ? failed : null}
          onConfirm={() => decide.mutate({ decision: 'approve' })}
          isDestructive={false}
        />
        <ConfirmAction
          label={t('registry.attachments.reject')}
          labelDetail={which}
          question={t('registry.attachments.rejectQuestion', { number: request.number })}
          confirmLabel={t('registry.attachments.rejectConfirm')}
          isPending={decide.isPending}
          error={decide.variables?.decision === 'reject' ? failed : null}
          onConfirm={() => {
            if (!comment.trim()) {
              setCommentError(t('registry.attachments.commentRequired'));
              return;
            }
            setCommentError(null);
            decide.mutate({ decision: 'reject', comment: comment.trim() });
          }}
        >
          <TextField
            id={`attachment-comment-${request.id}`}
            label={t('registry.attachments.comment')}
            hint={t('registry.attachments.commentHint')}
            error={commentError}
            maxLength={1000}
            autoComplete="off"
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </ConfirmAction>
      </div>
    </li>
  );
}
