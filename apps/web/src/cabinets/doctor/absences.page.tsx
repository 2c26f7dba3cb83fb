import { zodResolver } from '@hookform/resolvers/zod';
import { ZAbsenceRequestInput, type z } from '@talon/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../shared/forms/server-errors';
import { formatCalendarDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { TextField } from '../../shared/ui/text-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { practiceApi, practiceQueries } from './practice-queries';

type AbsenceForm = z.input<typeof ZAbsenceRequestInput>;
type Absence = z.output<typeof ZAbsenceRequestInput>;
const KINDS = ['vacation', 'training', 'sick_leave', 'other'] as const;

/**
 * «Отсутствия» in «Расписание» (issue 12 item 2): the practitioner asks to be away; the clinic admin approves
 * (the period's visits are then cancelled clinic-side, with notices to the patients) or rejects.
 */
export function AbsencesPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('practice.absences.title'));
  const queryClient = useQueryClient();
  const [sent, setSent] = useState<string | null>(null);
  const list = useQuery(practiceQueries.absences());
  const form = useForm<AbsenceForm, unknown, Absence>({
    resolver: zodResolver(ZAbsenceRequestInput),
    defaultValues: { kind: 'vacation', from: '', to: '', comment: '' },
  });
  const serverErrors = useServerErrors(form);
  const submit = useMutation({
    mutationFn: (body: Absence) =>
      practiceApi.requestAbsence({ ...body, comment: body.comment?.trim() || undefined }),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: async () => {
      setSent(t('practice.absences.sent'));
      form.reset();
      await queryClient.invalidateQueries({ queryKey: practiceQueries.absences().queryKey });
    },
  });
  const date = (iso: string) => formatCalendarDate(iso, i18n.language);
  return (
    <div className="page doctor-page">
      <PageHeading>{t('practice.absences.title')}</PageHeading>
      <p className="page-lead">{t('practice.absences.lead')}</p>
      <form
        className="doctor-panel"
        noValidate
        onSubmit={form.handleSubmit((values) => submit.mutate(values))}
      >
        <div className="field">
          <label htmlFor="absence-kind">{t('practice.absences.kind')}</label>
          <select id="absence-kind" {...form.register('kind')}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`practice.absences.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="absence-from"
          type="date"
          label={t('practice.absences.from')}
          {...form.register('from')}
          error={form.formState.errors.from?.message}
        />
        <TextField
          id="absence-to"
          type="date"
          label={t('practice.absences.to')}
          {...form.register('to')}
          error={form.formState.errors.to?.message}
        />
        <TextAreaField
          id="absence-comment"
          label={t('practice.absences.comment')}
          rows={2}
          {...form.register('comment')}
          error={form.formState.errors.comment?.message}
        />
        <FormAlert error={serverErrors.formError} />
        {sent ? <p role="status">{sent}</p> : null}
        <button type="submit" className="button button--primary" disabled={submit.isPending}>
          {submit.isPending ? t('practice.absences.sending') : t('practice.absences.submit')}
        </button>
      </form>
      <h2>{t('practice.absences.mine')}</h2>
      {list.isPending ? (
        <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p>{t('practice.absences.none')}</p>
      ) : (
        <table className="doctor-table">
          <caption className="visually-hidden">{t('practice.absences.mine')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('practice.absences.kind')}</th>
              <th scope="col">{t('practice.absences.period')}</th>
              <th scope="col">{t('practice.absences.clinic')}</th>
              <th scope="col">{t('practice.absences.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((request) => (
              <tr key={request.id}>
                <td>{t(`practice.absences.kinds.${request.kind}`)}</td>
                <td>
                  {date(request.from)} — {date(request.to)}
                </td>
                <td>{request.organization.name}</td>
                <td>
                  {t(`practice.absences.statuses.${request.status}`)}
                  {request.decisionComment ? `: ${request.decisionComment}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
