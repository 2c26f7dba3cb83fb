import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '../../shared/ui/error-message';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import {
  describeAppointmentLink,
  followAppointmentLink,
  type TAppointmentLink,
} from './appointment-links.api';
import '../booking/booking.css';
import { isAppointmentStatus } from '../../shared/appointment-statuses';
import { Fact } from '../../shared/ui/fact';

/**
 * `/appointment-links/:token`: the page a reminder email's link opens, without logging in. Opening it
 * changes nothing (mail scanners follow links); the person reads the visit and presses the one button of
 * the link — confirm, cancel (with a reason, needed within a day of the visit) or change (the time choice
 * after logging in). The server refuses a used, expired or tampered link in words.
 */
export function AppointmentLinkPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const query = useQuery({
    queryKey: ['appointment-link', token],
    queryFn: ({ signal }) => describeAppointmentLink(token, signal),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const action = useMutation({
    mutationFn: () => followAppointmentLink(token, reason),
    onSuccess: (result) => {
      if (result.action === 'change' && result.redirectTo) void navigate(result.redirectTo);
    },
  });
  const link = query.data;
  const done = action.isSuccess && action.data.action !== 'change' ? action.data : null;
  const title = done
    ? t(`appointmentLink.done.${done.action === 'confirm' ? 'confirm' : 'cancel'}`)
    : link
      ? t(`appointmentLink.title.${link.action}`)
      : t('appointmentLink.titleLoading');
  useDocumentTitle(title);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    action.mutate();
  };

  return (
    <div className="page booking">
      <PageHeading isReady={!query.isPending}>{title}</PageHeading>
      <LiveStatus>{query.isPending ? t('booking.loading') : null}</LiveStatus>
      {query.isError ? (
        <>
          <ErrorMessage error={query.error} title={t('appointmentLink.refused')} />
          <p>
            <Link to="/appointments">{t('appointmentLink.toMyAppointments')}</Link>
          </p>
        </>
      ) : null}
      {link ? (
        <>
          <VisitFacts link={done ?? link} />
          {done ? (
            <p className="page-lead">
              {t(`appointmentLink.doneLead.${done.action === 'confirm' ? 'confirm' : 'cancel'}`)}
            </p>
          ) : (
            <form onSubmit={submit} noValidate>
              <p className="page-lead">{t(`appointmentLink.lead.${link.action}`)}</p>
              {link.action === 'cancel' ? (
                <TextAreaField
                  id="link-cancel-reason"
                  label={t('appointmentLink.reason')}
                  hint={t('appointmentLink.reasonHint')}
                  value={reason}
                  maxLength={500}
                  rows={3}
                  onChange={(event) => setReason(event.target.value)}
                />
              ) : null}
              <FormAlert error={action.error} />
              <div className="actions">
                <button
                  type="submit"
                  className={link.action === 'cancel' ? 'button button--danger' : 'button button--primary'}
                  disabled={action.isPending}
                >
                  {t(`appointmentLink.button.${link.action}`)}
                </button>
              </div>
            </form>
          )}
          <p>
            <Link to="/appointments">{t('appointmentLink.toMyAppointments')}</Link>
          </p>
        </>
      ) : null}
    </div>
  );
}

/** The visit as the email named it: clinic time with its zone, the clinic, the code and the status. */
function VisitFacts({ link }: { link: TAppointmentLink }) {
  const { t } = useTranslation();
  const { appointment } = link;
  const statusText = (status: string) =>
    isAppointmentStatus(status) ? t(`booking.statuses.${status}`) : status;
  return (
    <article className="card ticket" aria-labelledby="link-visit-heading">
      <h2 id="link-visit-heading" className="card__title">
        {t('appointmentLink.visit')}
      </h2>
      <dl className="facts">
        <Fact label={t('booking.when')}>
          {t('appointmentLink.when', { time: appointment.localTime, zone: appointment.zone })}
        </Fact>
        <Fact label={t('booking.clinic')}>{appointment.clinic}</Fact>
        <Fact label={t('booking.code')} valueClassName="ticket-code">
          {appointment.code}
        </Fact>
        <Fact label={t('booking.status')}>{statusText(appointment.status)}</Fact>
      </dl>
    </article>
  );
}
