import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, bodyFieldErrors } from '../../shared/api-client';
import { Fact } from '../../shared/ui/fact';
import { FormActions } from '../../shared/ui/form-actions';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { formatSeconds, useCountdown } from '../../shared/ui/use-countdown';
import { useSubmission } from '../../shared/ui/use-submission';
import { useMe } from '../auth/use-me';
import { bookingApi, type SlotHold, type TFreeSlotAlternative } from './booking.api';
import { BookingRefusal } from './booking-refusal';
import { ReferralChoice, useReferralChoice } from './referral-choice';
import { formatVisitMoment } from './slot-time';
import { usePatientName } from './use-patient-name';

/** A time from the list (with its specialty) or one of the alternatives offered for a taken one. */
export type ChosenSlot = TFreeSlotAlternative & { specialty?: { code: string; name: string } };

interface ConfirmBookingProps {
  slot: ChosenSlot;
  hold: SlotHold;
  patientId: string | undefined;
  /**
   * The specialty booked when the slot does not name it (a nearest free time offered for a taken one):
   * it decides whether a referral is needed.
   */
  specialtyCode?: string | undefined;
  /** Back to the time choice (another time, or the hold ran out). */
  onRelease: () => void;
}

/**
 * The confirmation of a held time: for whom, what, where, when (in the clinic's zone), the countdown, the
 * referral when the specialty needs one, the reason, «Записаться»; a refusal says what to do next.
 */
export function ConfirmBooking({ slot, hold, patientId, specialtyCode, onRelease }: ConfirmBookingProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { me } = useMe();
  const personId = patientId ?? me?.patientId;
  const nameOf = usePatientName();
  const person = personId ? nameOf(personId) : null;
  const referral = useReferralChoice(slot.specialty?.code ?? specialtyCode, patientId);
  const secondsLeft = useCountdown(hold.heldUntil);
  const [reason, setReason] = useState('');
  // One key for this confirmation: a double click or a retry after a lost answer books once.
  const idempotencyKey = useRef(crypto.randomUUID());
  const isExpired = secondsLeft === 0;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();

  const { submit, error, isSending } = useSubmission(
    async () => {
      const appointment = await bookingApi.book(
        { slotId: slot.id, patientId, referralId: referral.referralId, reason: reason.trim() || undefined },
        idempotencyKey.current,
      );
      await queryClient.invalidateQueries({ queryKey: ['account', 'appointments'] });
      void navigate(`/appointments/${appointment.id}?booked=1`);
    },
    (caught) => {
      // A refused request did not book: the next try may carry other data, so it gets a new key.
      if (caught instanceof ApiError && caught.status !== 0) idempotencyKey.current = crypto.randomUUID();
    },
  );

  const fieldErrors = bodyFieldErrors(error);
  return (
    <section className="section booking-confirm" aria-labelledby="confirm-heading">
      <h2 id="confirm-heading" ref={headingRef} tabIndex={-1}>
        {t('booking.confirmTitle')}
      </h2>
      <ChosenSlotFacts slot={slot} person={person} />
      {isExpired ? (
        <div className="notice notice--error" role="alert">
          <p>{t('booking.holdExpired')}</p>
        </div>
      ) : (
        <p className="booking-confirm__countdown" aria-live="off">
          {t('booking.heldFor', { time: formatSeconds(secondsLeft) })}
        </p>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ReferralChoice choice={referral} error={fieldErrors.referralId} />
        <TextAreaField
          id="booking-reason"
          label={t('booking.reason')}
          hint={t('booking.reasonHint')}
          maxLength={500}
          rows={3}
          value={reason}
          error={fieldErrors.reason}
          onChange={(event) => setReason(event.target.value)}
        />
        {error && Object.keys(fieldErrors).length === 0 ? (
          <BookingRefusal
            error={error}
            title={t('booking.bookFailed')}
            organizationId={slot.organization.id}
            onChooseAnotherTime={onRelease}
          />
        ) : null}
        <FormActions
          submitLabel={t('booking.book')}
          pendingLabel={t('booking.booking')}
          isPending={isSending}
          isSubmitDisabled={isExpired}
          secondaryLabel={t('booking.otherTime')}
          onSecondary={onRelease}
        />
      </form>
    </section>
  );
}

/** What the chosen time is: for whom (when known), when (in the clinic's zone), which doctor, clinic and room. */
export function ChosenSlotFacts({ slot, person }: { slot: ChosenSlot; person?: string | null }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="facts">
      {person ? <Fact label={t('booking.patient')}>{person}</Fact> : null}
      <Fact label={t('booking.when')}>{formatVisitMoment(slot.start, slot.timeZone, i18n.language)}</Fact>
      <div className="facts__row">
        <dt>{t('booking.doctor')}</dt>
        <dd>
          {slot.specialty ? `${slot.practitioner.name}, ${slot.specialty.name}` : slot.practitioner.name}
        </dd>
      </div>
      <div className="facts__row">
        <dt>{t('booking.clinic')}</dt>
        <dd>
          {slot.room
            ? t('booking.clinicRoom', { clinic: slot.organization.name, room: slot.room })
            : slot.organization.name}
        </dd>
      </div>
    </dl>
  );
}

/**
 * The time buttons make way for the confirmation: the focus goes to its heading, not to the page's top,
 * so a keyboard or screen-reader user continues where the page changed.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
