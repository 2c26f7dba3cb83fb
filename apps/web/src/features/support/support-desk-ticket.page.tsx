import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useServerErrors } from '../../shared/forms/server-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { SelectField } from '../../shared/ui/select-field';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { supportApi, supportQueries, type TSupportTicketDetails } from './support.api';
import { SupportConversation } from './support-conversation';
import { SupportTicketFrame } from './support-ticket-frame';
import { useSupportTicketEvents } from './use-support-ticket-events';
import './support.css';

interface AnswerValues {
  text: string;
  resolve: boolean;
}

/** The operator's view of a ticket: take it, answer (a canned answer to start from), resolve or close it. */
export function SupportDeskTicketPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const query = supportQueries.deskTicket(id);
  const ticket = useQuery(query);
  const canned = useQuery({ ...supportQueries.cannedAnswers(), retry: false });
  useSupportTicketEvents(id, query.queryKey);
  useDocumentTitle(ticket.data ? t('support.ticket.title', { number: ticket.data.number }) : null);
  const [status, setStatus] = useState<string | null>(null);
  const form = useForm<AnswerValues>({ defaultValues: { text: '', resolve: false } });
  const serverErrors = useServerErrors(form, { codeFields: { SUPPORT_TEXT_INVALID: 'text' } });
  const update = (next: TSupportTicketDetails, message: string) => {
    queryClient.setQueryData(query.queryKey, next);
    void queryClient.invalidateQueries({ queryKey: ['account', 'support-desk', 'queue'] });
    setStatus(message);
  };
  const take = useMutation({
    mutationFn: () => supportApi.take(id),
    onSuccess: (next) => update(next, t('support.desk.taken')),
  });
  const answer = useMutation({
    mutationFn: (values: AnswerValues) => supportApi.answer(id, values.text.trim(), values.resolve),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: (next) => {
      form.reset({ text: '', resolve: false });
      update(next, t('support.desk.answered'));
    },
  });
  const move = useMutation({
    mutationFn: (to: 'resolved' | 'closed') => supportApi.setStatus(id, to),
    onSuccess: (next) => update(next, next.statusLabel),
  });

  const submit = form.handleSubmit((values) => answer.mutate(values));
  return (
    <SupportTicketFrame
      ticket={ticket}
      back={{ to: '/support', label: t('support.desk.back') }}
      statusDetails={(data) => (
        <>
          {data.page ? ` · ${t('support.desk.page', { page: data.page })}` : null}
          {` · ${t('support.desk.assignedTo', { name: data.assigneeName ?? '—' })}`}
        </>
      )}
    >
      {(data) => (
        <>
          {data.attachmentIds.length ? (
            <ul className="support-attachments">
              {data.attachmentIds.map((fileId, index) => (
                <li key={fileId}>
                  <a href={`/api/v1/uploads/${fileId}`} target="_blank" rel="noreferrer">
                    {t('support.desk.attachment', { n: index + 1 })}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          <SupportConversation ticket={data} />
          <LiveStatus>{status}</LiveStatus>
          <FormAlert error={take.error ?? move.error} />
          {data.status === 'closed' ? null : (
            <>
              <div className="form__actions">
                <button type="button" className="button button--secondary" onClick={() => take.mutate()}>
                  {t('support.desk.take')}
                </button>
                {data.status === 'resolved' ? null : (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => move.mutate('resolved')}
                  >
                    {t('support.desk.resolve')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => move.mutate('closed')}
                >
                  {t('support.desk.close')}
                </button>
              </div>
              {data.status === 'resolved' ? null : (
                <form className="form" onSubmit={(event) => void submit(event)} noValidate>
                  <FormAlert error={serverErrors.formError} />
                  {canned.data?.items.length ? (
                    <SelectField
                      id="support-canned"
                      label={t('support.desk.canned')}
                      value=""
                      onChange={(value) => {
                        const picked = canned.data.items.find((item) => item.id === value);
                        if (picked) form.setValue('text', picked.text);
                      }}
                      options={[
                        { value: '', label: t('support.desk.cannedPlaceholder') },
                        ...canned.data.items.map((item) => ({ value: item.id, label: item.title })),
                      ]}
                    />
                  ) : null}
                  <TextAreaField
                    id="support-answer"
                    label={t('support.desk.answer')}
                    rows={4}
                    maxLength={5000}
                    error={form.formState.errors.text?.message}
                    {...form.register('text', {
                      validate: (value) => (value.trim() ? true : t('support.form.textRequired')),
                    })}
                  />
                  <label className="checkbox">
                    <input type="checkbox" {...form.register('resolve')} />{' '}
                    {t('support.desk.answerAndResolve')}
                  </label>
                  <div className="form__actions">
                    <button type="submit" className="button button--primary" disabled={answer.isPending}>
                      {t('support.desk.send')}
                    </button>
                  </div>
                </form>
              )}
            </>
          )}
        </>
      )}
    </SupportTicketFrame>
  );
}
