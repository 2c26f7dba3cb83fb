import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useServerErrors } from '../../shared/forms/server-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { ChatHours } from './chat-hours';
import { supportApi, supportQueries, type TSupportTicketDetails } from './support.api';
import { SupportConversation } from './support-conversation';
import { SupportTicketFrame } from './support-ticket-frame';
import { useSupportTicketEvents } from './use-support-ticket-events';
import './support.css';

/** One's ticket: its stage, the conversation with the operator (live), a reply, and «Закрыть обращение». */
export function SupportTicketPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const query = supportQueries.myTicket(id);
  const ticket = useQuery(query);
  useSupportTicketEvents(id, query.queryKey);
  useDocumentTitle(ticket.data ? t('support.ticket.title', { number: ticket.data.number }) : null);
  const form = useForm<{ text: string }>({ defaultValues: { text: '' } });
  const serverErrors = useServerErrors(form, { codeFields: { SUPPORT_TEXT_INVALID: 'text' } });
  const [status, setStatus] = useState<string | null>(null);
  const update = (next: TSupportTicketDetails) => {
    queryClient.setQueryData(query.queryKey, next);
    void queryClient.invalidateQueries({ queryKey: supportQueries.mine().queryKey });
  };
  const reply = useMutation({
    mutationFn: (text: string) => supportApi.reply(id, text.trim()),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: (next) => {
      form.reset({ text: '' });
      update(next);
      setStatus(t('support.ticket.sent'));
    },
  });
  const close = useMutation({
    mutationFn: () => supportApi.close(id),
    onSuccess: (next) => {
      update(next);
      setStatus(t('support.ticket.closedNow'));
    },
  });

  return (
    <SupportTicketFrame ticket={ticket} back={{ to: '/help', label: t('support.ticket.back') }}>
      {(data) => (
        <>
          <SupportConversation ticket={data} />
          <LiveStatus>{status}</LiveStatus>
          {data.status === 'closed' ? null : (
            <>
              <ChatHours />
              <form
                className="form"
                onSubmit={(event) => void form.handleSubmit((values) => reply.mutate(values.text))(event)}
                noValidate
              >
                <FormAlert error={serverErrors.formError ?? close.error} />
                <TextAreaField
                  id="support-reply"
                  label={t('support.ticket.reply')}
                  rows={3}
                  maxLength={5000}
                  error={form.formState.errors.text?.message}
                  {...form.register('text', {
                    validate: (value) => (value.trim() ? true : t('support.form.textRequired')),
                  })}
                />
                <div className="form__actions">
                  <button type="submit" className="button button--primary" disabled={reply.isPending}>
                    {t('support.ticket.send')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={close.isPending}
                    onClick={() => close.mutate()}
                  >
                    {t('support.ticket.close')}
                  </button>
                </div>
              </form>
            </>
          )}
        </>
      )}
    </SupportTicketFrame>
  );
}
