import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../shared/ui/error-message';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { ChatHours } from './chat-hours';
import { supportApi, supportQueries, type TSupportTicketDetails } from './support.api';
import { SupportConversation } from './support-conversation';
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
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const update = (next: TSupportTicketDetails) => {
    queryClient.setQueryData(query.queryKey, next);
    void queryClient.invalidateQueries({ queryKey: supportQueries.mine().queryKey });
  };
  const reply = useMutation({
    mutationFn: () => supportApi.reply(id, text.trim()),
    onSuccess: (next) => {
      setText('');
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

  if (ticket.isError) {
    return (
      <div className="container">
        <PageHeading>{t('support.ticket.notFound')}</PageHeading>
        <ErrorMessage error={ticket.error} />
      </div>
    );
  }
  const data = ticket.data;
  const isClosed = data?.status === 'closed';
  return (
    <div className="container help-page">
      <PageHeading isReady={Boolean(data)}>
        {data ? t('support.ticket.title', { number: data.number }) : t('support.ticket.loading')}
      </PageHeading>
      <p>
        <Link to="/help">{t('support.ticket.back')}</Link>
      </p>
      {data ? (
        <>
          <p className="support-ticket__subject">{data.subject}</p>
          <p>
            {t('support.ticket.status')}{' '}
            <span className={`support-status support-status--${data.status}`} data-testid="support-status">
              {data.statusLabel}
            </span>
          </p>
          <SupportConversation ticket={data} />
          <LiveStatus>{status}</LiveStatus>
          {isClosed ? null : (
            <>
              <ChatHours />
              <form
                className="form"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (text.trim()) reply.mutate();
                }}
              >
                <FormAlert error={reply.error ?? close.error} />
                <TextAreaField
                  id="support-reply"
                  label={t('support.ticket.reply')}
                  rows={3}
                  maxLength={5000}
                  value={text}
                  onChange={(event) => setText(event.target.value)}
                />
                <div className="form__actions">
                  <button
                    type="submit"
                    className="button button--primary"
                    disabled={reply.isPending || !text.trim()}
                  >
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
      ) : null}
    </div>
  );
}
