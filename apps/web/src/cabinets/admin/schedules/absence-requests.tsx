import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../../shared/forms/server-errors';
import { ConfirmAction } from '../../../shared/ui/confirm-action';
import { formatCalendarDate } from '../../../shared/ui/dates';
import { describeError, ErrorMessage } from '../../../shared/ui/error-message';
import { LiveStatus } from '../../../shared/ui/live-status';
import { TextField } from '../../../shared/ui/text-field';
import { schedulesApi, schedulesQueries, type TAbsenceRequest } from './schedules-queries';

/**
 * «Заявки на отсутствие»: the chosen clinic's practitioners' requests waiting for a decision. Approving cancels the
 * period clinic-side (the visits cancelled with a message to each patient, the slots blocked) and says how
 * many; refusing needs a reason, which the practitioner reads.
 */
export function AbsenceRequests({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const requests = useQuery(schedulesQueries.absenceRequests(organizationId));
  const [status, setStatus] = useState('');
  return (
    <section aria-labelledby="schedule-absences-title">
      <h2 id="schedule-absences-title">{t('adminSchedules.absences.title')}</h2>
      <LiveStatus>{status}</LiveStatus>
      {requests.isError ? (
        <ErrorMessage error={requests.error} onRetry={() => void requests.refetch()} />
      ) : requests.isPending ? (
        <LiveStatus>{t('common.loading')}</LiveStatus>
      ) : requests.data.items.length === 0 ? (
        <p>{t('adminSchedules.absences.empty')}</p>
      ) : (
        <ul className="schedule-templates">
          {requests.data.items.map((request) => (
            <AbsenceRequestItem key={request.id} request={request} onDecided={setStatus} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AbsenceRequestItem({
  request,
  onDecided,
}: {
  request: TAbsenceRequest;
  onDecided: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const serverErrors = useServerErrors(form);
  const date = (iso: string) => formatCalendarDate(iso, i18n.language);
  const summary = t('adminSchedules.absences.summary', {
    name: request.practitioner.name,
    kind: t(`practice.absences.kinds.${request.kind}`),
    from: date(request.from),
    to: date(request.to),
  });
  const decide = useMutation({
    mutationFn: (body: { decision: 'approve' | 'reject'; reason?: string }) =>
      schedulesApi.decideAbsence(request.id, body),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: async (result) => {
      onDecided(
        result.request.status === 'approved'
          ? t('adminSchedules.absences.approved', {
              name: request.practitioner.name,
              cancelled: result.cancelled,
              blocked: result.blockedSlots,
            })
          : t('adminSchedules.absences.rejected', { name: request.practitioner.name }),
      );
      await queryClient.invalidateQueries({ queryKey: ['account', 'admin-schedules'] });
    },
  });
  const failed = serverErrors.formError ? describeError(serverErrors.formError, t) : null;
  const reject = form.handleSubmit(({ reason }) =>
    decide.mutate({ decision: 'reject', reason: reason.trim() }),
  );

  return (
    <li>
      <p>
        {summary}
        {request.comment ? ` — ${request.comment}` : ''}
      </p>
      <div className="form__actions">
        <ConfirmAction
          label={t('adminSchedules.absences.approve')}
          labelDetail={summary}
          question={t('adminSchedules.absences.approveQuestion', { summary })}
          confirmLabel={t('adminSchedules.absences.approveConfirm')}
          isPending={decide.isPending}
          error={decide.variables?.decision === 'approve' ? failed : null}
          onConfirm={() => decide.mutate({ decision: 'approve' })}
        />
        <ConfirmAction
          label={t('adminSchedules.absences.reject')}
          labelDetail={summary}
          question={t('adminSchedules.absences.rejectQuestion', { summary })}
          confirmLabel={t('adminSchedules.absences.rejectConfirm')}
          isPending={decide.isPending}
          error={decide.variables?.decision === 'reject' ? failed : null}
          onConfirm={() => void reject()}
          isDestructive={false}
        >
          <TextField
            id={`absence-reject-${request.id}`}
            label={t('adminSchedules.absences.reason')}
            maxLength={500}
            autoComplete="off"
            {...form.register('reason', {
              validate: (value) => value.trim() !== '' || t('adminSchedules.absences.reasonRequired'),
            })}
            error={form.formState.errors.reason?.message}
          />
        </ConfirmAction>
      </div>
    </li>
  );
}
