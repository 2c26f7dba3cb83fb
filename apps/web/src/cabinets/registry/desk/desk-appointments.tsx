import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bookingApi } from '../../../features/booking/booking.api';
import { formatVisitMoment } from '../../../features/booking/slot-time';
import { hasLiveTicket, isReschedulable } from '../../../features/booking/visit-actions';
import { deskQueries, type TAppointment } from '../../../features/staff-registry-desk/registry-desk.api';
import { ConfirmAction } from '../../../shared/ui/confirm-action';
import { describeError, ErrorMessage } from '../../../shared/ui/error-message';
import { TextField } from '../../../shared/ui/text-field';

interface DeskAppointmentsProps {
  patientId: string;
  onTicket: (appointment: TAppointment) => void;
  onMove: (appointment: TAppointment) => void;
  onCancelled: (appointment: TAppointment) => void;
}

/** The person's visits at the desk's clinics (the server shows no others), newest first, with their actions. */
export function DeskAppointments({ patientId, onTicket, onMove, onCancelled }: DeskAppointmentsProps) {
  const { t } = useTranslation();
  const list = useQuery(deskQueries.appointments(patientId));
  const items = list.data?.items ?? [];
  return (
    <section className="section" aria-labelledby="desk-visits-heading">
      <h2 id="desk-visits-heading">{t('registry.desk.visits')}</h2>
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && items.length === 0 ? <p>{t('registry.desk.noVisits')}</p> : null}
      {items.length > 0 ? (
        <ul className="record-list">
          {items.map((visit) => (
            <DeskVisit
              key={visit.id}
              visit={visit}
              onTicket={onTicket}
              onMove={onMove}
              onCancelled={onCancelled}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function DeskVisit({
  visit,
  onTicket,
  onMove,
  onCancelled,
}: { visit: TAppointment } & Omit<DeskAppointmentsProps, 'patientId'>) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const cancel = useMutation({
    mutationFn: () => bookingApi.cancel(visit.id, reason.trim() || undefined),
    onSuccess: async (cancelled) => {
      await queryClient.invalidateQueries({ queryKey: deskQueries.appointments(visit.patientId).queryKey });
      onCancelled(cancelled);
    },
  });
  const when = formatVisitMoment(visit.slot.start, visit.slot.timeZone, i18n.language);
  const canChange = isReschedulable(visit, new Date());
  return (
    <li className="record-list__item">
      <h3 className="record-list__title">
        {when} — {visit.specialty.name}
      </h3>
      <p>
        {[visit.practitioner.name, visit.organization.name].join(', ')}
        {` · ${t('registry.desk.ticketNumber', { number: visit.ticketNumber })}`}
        {` · ${t(`booking.statuses.${visit.status}`)}`}
      </p>
      <div className="actions">
        {hasLiveTicket(visit) ? (
          <button type="button" className="button button--secondary" onClick={() => onTicket(visit)}>
            {t('registry.desk.showTicket')}
          </button>
        ) : null}
        {canChange ? (
          <button type="button" className="button button--secondary" onClick={() => onMove(visit)}>
            {t('registry.desk.moveAction')}
          </button>
        ) : null}
        {canChange ? (
          <ConfirmAction
            label={t('registry.desk.cancelAction')}
            labelDetail={when}
            question={t('registry.desk.cancelQuestion', { when, specialty: visit.specialty.name })}
            confirmLabel={t('registry.desk.cancelConfirm')}
            isPending={cancel.isPending}
            error={cancel.isError ? describeError(cancel.error, t) : null}
            onConfirm={() => cancel.mutate()}
          >
            <TextField
              id={`desk-cancel-reason-${visit.id}`}
              label={t('registry.desk.cancelReason')}
              hint={t('registry.desk.cancelReasonHint')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              maxLength={500}
              autoComplete="off"
            />
          </ConfirmAction>
        ) : null}
      </div>
    </li>
  );
}
