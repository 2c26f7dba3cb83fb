import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../shared/api-client';
import { describeError, ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useMe } from '../auth/use-me';
import { directoryQueries } from '../directory/directory.api';
import { foreignTimeZone, userTimeZone } from '../directory/time-zone';
import { representativesQueries } from '../representatives/representatives.api';
import { alternativesOf, bookingApi, bookingQueries, type SlotHold, type SlotScope } from './booking.api';
import { type ChosenSlot, ConfirmBooking } from './confirm-booking';
import { DayPicker } from './day-picker';
import { SlotAlternatives } from './slot-alternatives';
import { formatDayLong, formatSlotTime, localDayRange } from './slot-time';
import { useSlotEvents } from './use-slot-events';
import './booking.css';

/**
 * `/book?practitioner=&organization=&specialty=`: the days with free times, the times of a day as large
 * buttons (live: taken ones disappear), a chosen time held for 5 minutes while the patient confirms.
 */
export function ChooseTimePage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const { me } = useMe();
  const practitionerId = params.get('practitioner') ?? '';
  const [patientId, setPatientId] = useState<string>('');
  const scope: SlotScope = {
    practitioner: practitionerId,
    organization: params.get('organization') ?? undefined,
    specialty: params.get('specialty') ?? undefined,
    patientId: patientId || undefined,
  };
  const doctor = useQuery({
    ...directoryQueries.practitioner(practitionerId),
    enabled: practitionerId !== '',
  });
  const wards = useQuery(representativesQueries.wards());
  const calendar = useQuery(bookingQueries.calendar(scope));
  const days = (calendar.data?.days ?? []).filter((day) => day.free > 0);
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const day = chosenDay ?? days[0]?.date ?? null;
  // The clinic's zone decides where its days begin; the doctor's place of work names it.
  const role = doctor.data?.roles.find(
    (r) =>
      (!scope.organization || r.organization.id === scope.organization) &&
      (!scope.specialty || r.specialty.code === scope.specialty),
  );
  const clinicZone = role?.organization.timeZone ?? null;
  const range = day && clinicZone ? localDayRange(day, clinicZone) : null;
  const slots = useQuery(bookingQueries.day(scope, range));
  const [hold, setHold] = useState<{ slot: ChosenSlot; hold: SlotHold } | null>(null);
  const [holdError, setHoldError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  const title = doctor.data ? t('booking.title', { name: doctor.data.fullName }) : t('booking.titleShort');
  useDocumentTitle(title);

  // The patient's own hold also takes a slot off the list: that one is not news to them.
  const chosenSlotId = useRef<string | null>(null);
  const onTaken = useCallback(
    (slotId: string) => {
      if (chosenSlotId.current !== slotId) setAnnouncement(t('booking.slotTakenLive'));
    },
    [t],
  );
  useSlotEvents(scope, onTaken);

  const foreignZone = clinicZone ? foreignTimeZone(clinicZone, userTimeZone(), new Date()) : null;
  const activeWards = (wards.data?.items ?? []).filter((ward) => ward.status === 'active');

  async function choose(slot: ChosenSlot) {
    setHoldError(null);
    chosenSlotId.current = slot.id;
    try {
      const placed = await bookingApi.hold(slot.id, patientId || undefined);
      setHold({ slot, hold: placed });
    } catch (error) {
      setHoldError(error);
      void slots.refetch();
    }
  }

  if (!practitionerId) {
    return (
      <div className="page">
        <PageHeading>{t('booking.titleShort')}</PageHeading>
        <p>
          {t('booking.pickDoctorFirst')} <Link to="/doctors">{t('booking.toDoctors')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page booking">
      <PageHeading isReady={!doctor.isPending}>{title}</PageHeading>
      {doctor.data ? (
        <p className="page-lead">{doctor.data.specialties.map((s) => s.name).join(', ')}</p>
      ) : null}
      <LiveStatus>{announcement}</LiveStatus>

      {me?.patientId && activeWards.length > 0 && !hold ? (
        <fieldset className="radio-group booking__whom">
          <legend className="field__label">{t('booking.forWhom')}</legend>
          <label className="choice">
            <input type="radio" name="whom" checked={patientId === ''} onChange={() => setPatientId('')} />
            {t('booking.forMe')}
          </label>
          {activeWards.map((ward) => (
            <label key={ward.patient.id} className="choice">
              <input
                type="radio"
                name="whom"
                checked={patientId === ward.patient.id}
                onChange={() => setPatientId(ward.patient.id)}
              />
              {`${ward.patient.surname} ${ward.patient.name}`}
            </label>
          ))}
        </fieldset>
      ) : null}

      {hold ? (
        <ConfirmBooking
          slot={hold.slot}
          hold={hold.hold}
          patientId={patientId || undefined}
          onRelease={() => {
            setHold(null);
            void slots.refetch();
          }}
        />
      ) : (
        <>
          {calendar.isError ? (
            <ErrorMessage error={calendar.error} onRetry={() => void calendar.refetch()} />
          ) : null}
          {calendar.isSuccess && days.length === 0 ? (
            <div className="notice">
              <p>{t('booking.noSlots')}</p>
            </div>
          ) : null}
          {days.length > 0 ? (
            <DayPicker
              days={days}
              selected={day}
              onSelect={(date) => {
                setChosenDay(date);
                setAnnouncement(null);
              }}
            />
          ) : null}
          {foreignZone ? (
            <p className="notice booking__zone">{t('booking.clinicZone', { offset: foreignZone.offset })}</p>
          ) : null}
          {holdError ? <HoldRefusal error={holdError} onChoose={(slot) => void choose(slot)} /> : null}
          {day && slots.data ? (
            <section className="section" aria-labelledby="times-heading">
              <h2 id="times-heading">{t('booking.timesOf', { day: formatDayLong(day, i18n.language) })}</h2>
              {slots.data.items.length === 0 ? (
                <p>{t('booking.dayGone')}</p>
              ) : (
                <ul className="slot-times">
                  {slots.data.items.map((slot) => (
                    <li key={slot.id}>
                      <button
                        type="button"
                        className="button button--secondary slot-times__button"
                        aria-label={t('booking.slotLabel', {
                          time: formatSlotTime(slot.start, slot.timeZone, i18n.language),
                          day: formatDayLong(day, i18n.language),
                          doctor: slot.practitioner.name,
                          clinic: slot.organization.name,
                        })}
                        onClick={() => void choose(slot)}
                      >
                        {formatSlotTime(slot.start, slot.timeZone, i18n.language)}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}
          {slots.isError ? <ErrorMessage error={slots.error} onRetry={() => void slots.refetch()} /> : null}
        </>
      )}
    </div>
  );
}

/** A hold refused: someone chose the time a second earlier (with the nearest others), or a rule says no. */
function HoldRefusal({ error, onChoose }: { error: unknown; onChoose: (slot: ChosenSlot) => void }) {
  const { t } = useTranslation();
  const isTaken = error instanceof ApiError && error.code === 'SLOT_TAKEN';
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{isTaken ? t('booking.takenTitle') : t('booking.holdFailed')}</p>
      <p>{describeError(error, t)}</p>
      {isTaken ? (
        <SlotAlternatives alternatives={alternativesOf((error as ApiError).body)} onChoose={onChoose} />
      ) : null}
    </div>
  );
}
