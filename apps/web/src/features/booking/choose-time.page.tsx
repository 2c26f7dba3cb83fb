import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ButtonGrid } from '../../shared/ui/button-grid';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useMe } from '../auth/use-me';
import { directoryQueries } from '../directory/directory.api';
import { foreignTimeZone, userTimeZone } from '../directory/time-zone';
import { representativesQueries } from '../representatives/representatives.api';
import { WaitingRoomGate } from '../waiting-room/waiting-room-gate';
import { JoinWaitlist } from '../waitlist/join-waitlist';
import { appointmentQueries, bookingApi, bookingQueries, type SlotHold, type SlotScope } from './booking.api';
import { BookingRefusal } from './booking-refusal';
import { type ChosenSlot, ConfirmBooking } from './confirm-booking';
import { ConfirmReschedule, MovingVisit } from './confirm-reschedule';
import { DayPicker } from './day-picker';
import { firstFreeDay, roleInScope, slotScopeOf } from './first-view.model';
import { formatDayLong, formatSlotTime, localDayRange } from './slot-time';
import { useSlotEvents } from './use-slot-events';
import { isReschedulable } from './visit-actions';
import './booking.css';

/**
 * `/book?practitioner=&organization=&specialty=`: the days with free times, the times of a day as large
 * buttons (live: taken ones disappear), a chosen time held for 5 minutes while the patient confirms.
 * With `&reschedule=<appointmentId>` the same choice moves that visit (its person, no hold, «Перенести»).
 */
export function ChooseTimePage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { me } = useMe();
  const practitionerId = params.get('practitioner') ?? '';
  const rescheduleId = params.get('reschedule') ?? '';
  const moving = useQuery({ ...appointmentQueries.one(rescheduleId), enabled: rescheduleId !== '' });
  const [chosenPatientId, setPatientId] = useState<string>('');
  // A moved visit keeps its person: a ward's age and quota decide what is offered, as when it was booked.
  const patientId = rescheduleId
    ? moving.data && moving.data.patientId !== me?.patientId
      ? moving.data.patientId
      : ''
    : chosenPatientId;
  const scope: SlotScope = slotScopeOf(params, patientId);
  const doctor = useQuery({
    ...directoryQueries.practitioner(practitionerId),
    enabled: practitionerId !== '',
  });
  const wards = useQuery(representativesQueries.wards());
  // A move asks for times once it knows whose visit it is.
  const calendar = useQuery({
    ...bookingQueries.calendar(scope),
    enabled: !rescheduleId || moving.isSuccess,
  });
  const days = (calendar.data?.days ?? []).filter((day) => day.free > 0);
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const day = chosenDay ?? firstFreeDay(days);
  // The clinic's zone decides where its days begin; the doctor's place of work names it.
  const role = roleInScope(doctor.data, scope);
  const clinicZone = role?.organization.timeZone ?? null;
  // What a waitlist entry from this page waits for (docs/booking.md, «Waitlist»). Not when moving a visit: an
  // offer books a new visit, which the one being moved would refuse (one per specialty).
  const waitlistSpecialty = rescheduleId ? undefined : (scope.specialty ?? role?.specialty.code);
  const range = day && clinicZone ? localDayRange(day, clinicZone) : null;
  const slots = useQuery(bookingQueries.day(scope, range));
  const [hold, setHold] = useState<{ slot: ChosenSlot; hold: SlotHold | null } | null>(null);
  // A refused hold, with the slot it was for: the refusal's next step may be that slot's clinic.
  const [holdRefusal, setHoldRefusal] = useState<{ error: unknown; slot: ChosenSlot } | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  const title = rescheduleId
    ? doctor.data
      ? t('booking.rescheduleTitle', { name: doctor.data.fullName })
      : t('booking.rescheduleTitleShort')
    : doctor.data
      ? t('booking.title', { name: doctor.data.fullName })
      : t('booking.titleShort');
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
    setHoldRefusal(null);
    chosenSlotId.current = slot.id;
    if (rescheduleId) {
      setHold({ slot, hold: null });
      return;
    }
    try {
      const placed = await bookingApi.hold(slot.id, patientId || undefined);
      setHold({ slot, hold: placed });
    } catch (error) {
      setHoldRefusal({ error, slot });
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

  const cannotMove = moving.data !== undefined && !isReschedulable(moving.data, new Date());
  // At the 8:00 rush the server may send the page's requests to the waiting room: the gate shows it in place
  // of the page and lets the requests go on once admitted (docs/web.md, «Waiting room»).
  return (
    <WaitingRoomGate>
      <div className="page booking">
        <PageHeading isReady={!doctor.isPending}>{title}</PageHeading>
        {doctor.data ? (
          <p className="page-lead">{doctor.data.specialties.map((s) => s.name).join(', ')}</p>
        ) : null}
        <LiveStatus>{announcement}</LiveStatus>
        {moving.isError ? <ErrorMessage error={moving.error} onRetry={() => void moving.refetch()} /> : null}
        {moving.data ? <MovingVisit appointment={moving.data} canMove={!cannotMove} /> : null}

        {me?.patientId && activeWards.length > 0 && !hold && !rescheduleId ? (
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

        {!hold ? (
          <label className="choice">
            <input
              type="checkbox"
              checked={scope.visitType === 'video'}
              onChange={(event) =>
                setParams(
                  (current) => {
                    const next = new URLSearchParams(current);
                    if (event.target.checked) next.set('visitType', 'video');
                    else next.delete('visitType');
                    return next;
                  },
                  { replace: true },
                )
              }
            />
            {t('booking.videoOnly')}
          </label>
        ) : null}

        {cannotMove ? null : hold && moving.data ? (
          <ConfirmReschedule
            appointment={moving.data}
            slot={hold.slot}
            onRelease={() => {
              setHold(null);
              void slots.refetch();
            }}
            onChoose={(slot) => void choose(slot)}
          />
        ) : hold?.hold ? (
          <ConfirmBooking
            slot={hold.slot}
            hold={hold.hold}
            patientId={patientId || undefined}
            specialtyCode={scope.specialty ?? role?.specialty.code}
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
                {waitlistSpecialty ? (
                  <JoinWaitlist
                    specialty={waitlistSpecialty}
                    practitionerId={practitionerId}
                    organizationId={scope.organization}
                    patientId={scope.patientId}
                    reason="no_free_slots"
                  />
                ) : null}
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
              <p className="notice booking__zone">
                {t('booking.clinicZone', { offset: foreignZone.offset })}
              </p>
            ) : null}
            {holdRefusal ? (
              <BookingRefusal
                error={holdRefusal.error}
                title={t('booking.holdFailed')}
                organizationId={holdRefusal.slot.organization.id}
                onChoose={(slot) => void choose(slot)}
              />
            ) : null}
            {day && slots.data ? (
              <section className="section" aria-labelledby="times-heading">
                <h2 id="times-heading">{t('booking.timesOf', { day: formatDayLong(day, i18n.language) })}</h2>
                {slots.data.items.length === 0 ? (
                  <p>{t('booking.dayGone')}</p>
                ) : (
                  <ButtonGrid
                    items={slots.data.items}
                    getKey={(slot) => slot.id}
                    minCellRem={6}
                    labelledBy="times-heading"
                    className="slot-times"
                    renderCell={(slot, cell) => (
                      <button
                        {...cell}
                        type="button"
                        className="button button--secondary slot-times__button"
                        aria-label={`${t('booking.slotLabel', {
                          time: formatSlotTime(slot.start, slot.timeZone, i18n.language),
                          day: formatDayLong(day, i18n.language),
                          doctor: slot.practitioner.name,
                          clinic: slot.organization.name,
                        })}${slot.visitType === 'video' ? `, ${t('booking.videoSlot')}` : ''}`}
                        onClick={() => void choose(slot)}
                      >
                        {formatSlotTime(slot.start, slot.timeZone, i18n.language)}
                        {slot.visitType === 'video' ? ` · ${t('booking.videoSlot')}` : ''}
                      </button>
                    )}
                  />
                )}
              </section>
            ) : null}
            {slots.isError ? <ErrorMessage error={slots.error} onRetry={() => void slots.refetch()} /> : null}
            {waitlistSpecialty && days.length > 0 ? (
              <JoinWaitlist
                key={day}
                specialty={waitlistSpecialty}
                practitionerId={practitionerId}
                organizationId={scope.organization}
                patientId={scope.patientId}
                reason="no_convenient_time"
                firstDay={day}
              />
            ) : null}
          </>
        )}
      </div>
    </WaitingRoomGate>
  );
}
