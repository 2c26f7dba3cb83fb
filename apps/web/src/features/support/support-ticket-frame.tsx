import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../shared/ui/error-message';
import { PageHeading } from '../../shared/ui/page-heading';
import type { TSupportTicketDetails } from './support.api';

/**
 * What the person's ticket page and the operator's share: «not found», the number as the heading, the way back,
 * the subject and the stage (the desk adds the page and the assignee); `children` is the rest of each page.
 */
export function SupportTicketFrame({
  ticket,
  back,
  statusDetails,
  children,
}: {
  ticket: UseQueryResult<TSupportTicketDetails>;
  back: { to: string; label: string };
  statusDetails?: (data: TSupportTicketDetails) => ReactNode;
  children: (data: TSupportTicketDetails) => ReactNode;
}) {
  const { t } = useTranslation();
  if (ticket.isError) {
    return (
      <div className="container">
        <PageHeading>{t('support.ticket.notFound')}</PageHeading>
        <ErrorMessage error={ticket.error} />
      </div>
    );
  }
  const data = ticket.data;
  return (
    <div className="container help-page">
      <PageHeading isReady={Boolean(data)}>
        {data ? t('support.ticket.title', { number: data.number }) : t('support.ticket.loading')}
      </PageHeading>
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
      {data ? (
        <>
          <p className="support-ticket__subject">{data.subject}</p>
          <p>
            {t('support.ticket.status')}{' '}
            <span className={`support-status support-status--${data.status}`} data-testid="support-status">
              {data.statusLabel}
            </span>
            {statusDetails?.(data)}
          </p>
          {children(data)}
        </>
      ) : null}
    </div>
  );
}
