import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../shared/api-client';
import { describeError } from '../../shared/ui/error-message';
import { FormActions } from '../../shared/ui/form-actions';
import { useSubmission } from '../../shared/ui/use-submission';
import type { TAppointment } from './booking.api';
import { alternativesOf, bookingApi } from './booking.api';
import { type ChosenSlot, ChosenSlotFacts, useFocusOnMount } from './confirm-booking';
import { SlotAlternatives } from './slot-alternatives';
import { formatVisitMoment } from './slot-time';
import { usePatientName } from './use-patient-name';

interface ConfirmRescheduleProps {
  appointment: TAppointment;
  slot: ChosenSlot;
  /** Back to the time choice. */
  onRelease: () => void;
  /** One of the nearest free times offered when the chosen one was taken meanwhile. */
  onChoose: (slot: ChosenSlot) => void;
}

/**
 * The confirmation of a move: the visit as it is and the new time, then «Перенести запись». The server
 * books the new time and frees the old one in one transaction, so a refusal leaves the visit unchanged.
 * No hold comes first: the patient already has a visit of this specialty, which a hold would refuse.
 */
export function ConfirmReschedule({ appointment, slot, onRelease, onChoose }: ConfirmRescheduleProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();

  const { submit, error, isSending } = useSubmission(async () => {
    const moved = await bookingApi.reschedule(appointment.id, slot.id);
    await queryClient.invalidateQueries({ queryKey: ['account', 'appointments'] });
    void navigate(`/appointments/${moved.id}?rescheduled=1`);
  });

  return (
    <section className="section booking-confirm" aria-labelledby="confirm-heading">
      <h2 id="confirm-heading" ref={headingRef} tabIndex={-1}>
        {t('booking.rescheduleConfirmTitle')}
      </h2>
      <p>
        {t('booking.rescheduleFrom', {
          moment: formatVisitMoment(appointment.slot.start, appointment.slot.timeZone, i18n.language),
        })}
      </p>
      <h3>{t('booking.rescheduleTo')}</h3>
      <ChosenSlotFacts slot={slot} />
      {error ? <RescheduleRefusal error={error} appointmentId={appointment.id} onChoose={onChoose} /> : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormActions
          submitLabel={t('booking.rescheduleSubmit')}
          pendingLabel={t('booking.rescheduling')}
          isPending={isSending}
          secondaryLabel={t('booking.otherTime')}
          onSecondary={onRelease}
        />
      </form>
    </section>
  );
}

/** Above the time choice of a move: the visit as it is, whose it is, the 30-day rule; or why it cannot move. */
export function MovingVisit({ appointment, canMove }: { appointment: TAppointment; canMove: boolean }) {
  const { t, i18n } = useTranslation();
  const person = usePatientName()(appointment.patientId);
  return (
    <>
      <div className="notice booking__moving">
        <p>
          {t('booking.rescheduleCurrent', {
            moment: formatVisitMoment(appointment.slot.start, appointment.slot.timeZone, i18n.language),
          })}
          {person ? ` ${t('booking.reschedulePerson', { name: person })}` : null}
        </p>
        <p>{t('booking.rescheduleRule')}</p>
      </div>
      {canMove ? null : (
        <div className="notice notice--error" role="alert">
          <p>{t('booking.rescheduleNotPossible')}</p>
          <Link to={`/appointments/${appointment.id}`}>{t('booking.toCurrentVisit')}</Link>
        </div>
      )}
    </>
  );
}

/** Refusal codes of a move with advice of their own; others show the server's words alone. */
const ADVICE = {
  RESCHEDULE_WINDOW: 'booking.rescheduleAdvice.window',
  RESCHEDULE_OTHER_SPECIALTY: 'booking.rescheduleAdvice.otherSpecialty',
  APPOINTMENT_STATUS_CONFLICT: 'booking.rescheduleAdvice.statusConflict',
} as const;

/** Why the move was refused, in the server's words, and what to do: another time, or the nearest free ones. */
function RescheduleRefusal({
  error,
  appointmentId,
  onChoose,
}: {
  error: unknown;
  appointmentId: string;
  onChoose: (slot: ChosenSlot) => void;
}) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : null;
  const advice = code && code in ADVICE ? ADVICE[code as keyof typeof ADVICE] : null;
  const isTaken = code === 'SLOT_TAKEN';
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{isTaken ? t('booking.takenTitle') : t('booking.rescheduleFailed')}</p>
      <p>{describeError(error, t)}</p>
      {advice ? <p>{t(advice)}</p> : null}
      {code === 'APPOINTMENT_STATUS_CONFLICT' ? (
        <p>
          <Link to={`/appointments/${appointmentId}`}>{t('booking.toCurrentVisit')}</Link>
        </p>
      ) : null}
      {isTaken ? (
        <SlotAlternatives alternatives={alternativesOf((error as ApiError).body)} onChoose={onChoose} />
      ) : null}
    </div>
  );
}
