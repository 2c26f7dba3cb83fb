import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { bodyFieldErrors } from '../../shared/api-client';
import { ConfirmAction } from '../../shared/ui/confirm-action';
import { describeError, ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { PendingSurveysCard } from '../surveys/pending-surveys-card';
import { AppointmentFacts } from './appointment-facts';
import type { TAppointment } from './booking.api';
import { appointmentQueries, bookingApi } from './booking.api';
import { formatVisitMoment } from './slot-time';
import { isReschedulable, rescheduleHref, UPCOMING_STATUSES } from './visit-actions';
import './booking.css';

/**
 * `/appointments` («Мои записи»): upcoming visits of the user and their family (each says whose), to
 * confirm, move or cancel; past and cancelled ones are in «История записей».
 */
export function AppointmentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('booking.myAppointments'));
  const query = useQuery(appointmentQueries.list({ status: UPCOMING_STATUSES }));
  const [status, setStatus] = useState<string | null>(null);
  return (
    <div className="page booking">
      <PageHeading isReady={!query.isPending}>{t('booking.myAppointments')}</PageHeading>
      <PendingSurveysCard />
      <p>
        <Link to="/appointments/history">{t('history.linkFromList')}</Link>
      </p>
      <LiveStatus>{status ?? (query.isPending ? t('booking.loading') : null)}</LiveStatus>
      {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.items.length === 0 ? (
        <div className="notice">
          <p>{t('booking.noAppointments')}</p>
          <Link to="/doctors">{t('booking.findDoctor')}</Link>
        </div>
      ) : null}
      <ul className="result-list">
        {query.data?.items.map((appointment) => (
          <li key={appointment.id} className="result-list__item">
            <AppointmentItem appointment={appointment} onDone={setStatus} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function AppointmentItem({
  appointment,
  onDone,
}: {
  appointment: TAppointment;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['account', 'appointments'] });
  const cancel = useMutation({
    mutationFn: () => bookingApi.cancel(appointment.id, reason.trim() || undefined),
    onSuccess: async () => {
      onDone(t('booking.cancelled'));
      await refresh();
    },
  });
  const confirm = useMutation({
    mutationFn: () => bookingApi.confirm(appointment.id),
    onSuccess: async () => {
      onDone(t('booking.confirmed'));
      await refresh();
    },
  });
  // Inside the cancellation window the server asks for a reason: its message goes under the field.
  const cancelFieldErrors = bodyFieldErrors(cancel.error);
  const moment = formatVisitMoment(appointment.slot.start, appointment.slot.timeZone, i18n.language);
  return (
    <article className="card" aria-labelledby={`appointment-${appointment.id}`}>
      <h2 id={`appointment-${appointment.id}`} className="card__title">
        <Link to={`/appointments/${appointment.id}`}>{`${appointment.specialty.name}: ${moment}`}</Link>
      </h2>
      <AppointmentFacts appointment={appointment} />
      {confirm.isError ? <p className="field__error">{describeError(confirm.error, t)}</p> : null}
      <div className="actions">
        {appointment.status === 'booked' ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={confirm.isPending}
            onClick={() => confirm.mutate()}
            aria-label={t('booking.confirmVisitOf', { moment })}
          >
            {t('booking.confirmVisit')}
          </button>
        ) : null}
        {isReschedulable(appointment, new Date()) ? (
          <Link className="button button--secondary" to={rescheduleHref(appointment)}>
            {t('booking.reschedule')}
            <span className="visually-hidden"> {moment}</span>
          </Link>
        ) : null}
        {appointment.status !== 'arrived' ? (
          <ConfirmAction
            label={t('booking.cancel')}
            labelDetail={moment}
            question={t('booking.cancelQuestion', { moment })}
            confirmLabel={t('booking.cancelConfirm')}
            isPending={cancel.isPending}
            error={cancel.isError && !cancelFieldErrors.reason ? describeError(cancel.error, t) : null}
            onConfirm={() => cancel.mutate()}
          >
            <TextAreaField
              id={`cancel-reason-${appointment.id}`}
              label={t('booking.cancelReason')}
              hint={t('booking.cancelReasonHint')}
              maxLength={500}
              rows={2}
              value={reason}
              error={cancelFieldErrors.reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </ConfirmAction>
        ) : null}
      </div>
    </article>
  );
}
