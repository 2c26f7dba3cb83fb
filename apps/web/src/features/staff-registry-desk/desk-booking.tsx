import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonGrid } from '../../shared/ui/button-grid';
import { ErrorMessage } from '../../shared/ui/error-message';
import { SelectField } from '../../shared/ui/select-field';
import { TextField } from '../../shared/ui/text-field';
import type { ChosenSlot } from '../booking/confirm-booking';
import { DayPicker } from '../booking/day-picker';
import { formatDayLong, formatSlotTime, localDayRange } from '../booking/slot-time';
import { directoryQueries } from '../directory/directory.api';
import { DeskConfirm } from './desk-confirm';
import { type DeskSlotScope, deskSlotQueries } from './desk-slots.api';
import type { TAppointment } from './registry-desk.api';
import './desk-booking.css';

interface DeskBookingProps {
  patientId: string;
  /** The clinics the desk books into, its own first. */
  clinics: readonly { id: string; name: string }[];
  /** A visit being moved: its specialty and clinic are fixed. */
  moving?: TAppointment | undefined;
  onDone: (appointment: TAppointment) => void;
  onClose: () => void;
  /** The heading: the desk's «Запись на приём» unless another is given (a doctor's follow-up). */
  title?: string;
  /** Only the front desk may override a rule with a reason (rule 5a); a doctor's booking keeps the rules. */
  canOverride?: boolean;
  /** A doctor's follow-up may be a video visit: «Видеоприём» limits the times to video ones (issue 17). */
  offersVideo?: boolean;
}

/**
 * Booking for a caller from the desk, keyboard first: the specialty typed and Enter, the first day's times
 * with the focus on the first one (arrows move, Enter takes it), then «Записать» with the focus. The same
 * day and time grids as a patient's booking, in the staff's context (`patientId`; the server books on the
 * registry's channel for the desk, the doctor's for a doctor's follow-up, and offers that channel's slots).
 */
export function DeskBooking({
  patientId,
  clinics,
  moving,
  onDone,
  onClose,
  title,
  canOverride = true,
  offersVideo = false,
}: DeskBookingProps) {
  const { t, i18n } = useTranslation();
  const [clinicId, setClinicId] = useState(moving?.organization.id ?? clinics[0]?.id ?? '');
  const [specialty, setSpecialty] = useState<string | null>(moving?.specialty.code ?? null);
  const [filter, setFilter] = useState('');
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const [slot, setSlot] = useState<ChosenSlot | null>(null);
  const [isVideoOnly, setVideoOnly] = useState(false);
  const timesRef = useRef<HTMLDivElement>(null);
  const focusFirstTime = useRef(false);

  const clinic = useQuery({ ...directoryQueries.organization(clinicId), enabled: clinicId !== '' });
  const offered = clinic.data?.specialties ?? [];
  const matching = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase('ru');
    return offered.filter((s) => s.name.toLocaleLowerCase('ru').includes(needle));
  }, [offered, filter]);

  const scope: DeskSlotScope | null = specialty
    ? {
        organization: clinicId,
        specialty,
        patientId,
        ...(isVideoOnly ? { visitType: 'video' as const } : {}),
      }
    : null;
  const calendar = useQuery(deskSlotQueries.calendar(scope));
  const days = (calendar.data?.days ?? []).filter((day) => day.free > 0);
  const day = chosenDay ?? days[0]?.date ?? null;
  const zone = clinic.data?.timeZone ?? null;
  const slots = useQuery(deskSlotQueries.day(scope, day && zone ? localDayRange(day, zone) : null));

  // A chosen specialty or day continues on its first time, so Enter takes it.
  useEffect(() => {
    if (!slots.data || !focusFirstTime.current) return;
    focusFirstTime.current = false;
    timesRef.current?.querySelector<HTMLElement>('[data-grid-index="0"]')?.focus();
  }, [slots.data]);

  function chooseSpecialty(code: string) {
    focusFirstTime.current = true;
    setChosenDay(null);
    setSpecialty(code);
  }

  // Enter typed before the clinic's specialties arrived takes the first match once they do.
  const [isChoiceWaiting, setChoiceWaiting] = useState(false);
  const firstMatch =
    matching.find((s) => s.name.toLocaleLowerCase('ru') === filter.trim().toLocaleLowerCase('ru')) ??
    matching[0];
  useEffect(() => {
    if (!isChoiceWaiting || !firstMatch) return;
    setChoiceWaiting(false);
    chooseSpecialty(firstMatch.code);
  }, [isChoiceWaiting, firstMatch]);

  function submitSpecialty(event: FormEvent) {
    event.preventDefault();
    if (firstMatch) chooseSpecialty(firstMatch.code);
    else setChoiceWaiting(clinic.isPending);
  }

  if (slot) {
    return (
      <DeskConfirm
        slot={slot}
        patientId={patientId}
        moving={moving}
        canOverride={canOverride}
        onDone={onDone}
        onBack={() => {
          setSlot(null);
          focusFirstTime.current = true;
          void slots.refetch();
        }}
      />
    );
  }

  return (
    <section className="section registry-desk__booking" aria-labelledby="desk-booking-heading">
      <h2 id="desk-booking-heading">
        {moving ? t('registry.desk.moveTitle') : (title ?? t('registry.desk.bookTitle'))}
      </h2>
      {!moving && clinics.length > 1 ? (
        <SelectField
          label={t('registry.desk.clinic')}
          value={clinicId}
          options={clinics.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(id) => {
            setClinicId(id);
            setSpecialty(null);
          }}
        />
      ) : null}
      {moving ? (
        <p>{t('registry.desk.movingSpecialty', { specialty: moving.specialty.name })}</p>
      ) : (
        <form onSubmit={submitSpecialty} className="registry-desk__specialty">
          <TextField
            id="desk-specialty"
            label={t('registry.desk.specialty')}
            hint={t('registry.desk.specialtyHint')}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            autoComplete="off"
            // The operator opened the booking to type the specialty at once.
            autoFocus
            maxLength={100}
          />
          <ul className="registry-desk__specialties">
            {matching.map((s) => (
              <li key={s.code}>
                <button
                  type="button"
                  className="button button--secondary button--toggle"
                  aria-pressed={specialty === s.code}
                  onClick={() => chooseSpecialty(s.code)}
                >
                  {s.name}
                </button>
              </li>
            ))}
          </ul>
        </form>
      )}
      {offersVideo && !moving ? (
        <label className="choice">
          <input
            type="checkbox"
            checked={isVideoOnly}
            onChange={(event) => {
              setChosenDay(null);
              setVideoOnly(event.target.checked);
            }}
          />
          {t('registry.desk.videoOnly')}
        </label>
      ) : null}
      {clinic.isError ? <ErrorMessage error={clinic.error} /> : null}
      {calendar.isError ? <ErrorMessage error={calendar.error} /> : null}
      {scope && calendar.isSuccess && days.length === 0 ? <p>{t('booking.noSlots')}</p> : null}
      {days.length > 0 ? (
        <DayPicker
          days={days}
          selected={day}
          onSelect={(date) => {
            focusFirstTime.current = true;
            setChosenDay(date);
          }}
        />
      ) : null}
      {day && slots.data ? (
        <section className="section" aria-labelledby="desk-times-heading" ref={timesRef}>
          <h3 id="desk-times-heading">{t('booking.timesOf', { day: formatDayLong(day, i18n.language) })}</h3>
          {slots.data.items.length === 0 ? (
            <p>{t('booking.dayGone')}</p>
          ) : (
            <ButtonGrid
              items={slots.data.items}
              getKey={(item) => item.id}
              minCellRem={9}
              labelledBy="desk-times-heading"
              className="slot-times"
              renderCell={(item, cell) => (
                <button
                  {...cell}
                  type="button"
                  className="button button--secondary slot-times__button registry-desk__time"
                  aria-label={`${t('booking.slotLabel', {
                    time: formatSlotTime(item.start, item.timeZone, i18n.language),
                    day: formatDayLong(day, i18n.language),
                    doctor: item.practitioner.name,
                    clinic: item.organization.name,
                  })}${item.visitType === 'video' ? `, ${t('booking.videoSlot')}` : ''}`}
                  onClick={() => setSlot(item)}
                >
                  {formatSlotTime(item.start, item.timeZone, i18n.language)}
                  <span className="registry-desk__time-doctor">
                    {item.practitioner.name}
                    {item.visitType === 'video' ? ` · ${t('booking.videoSlot')}` : ''}
                  </span>
                </button>
              )}
            />
          )}
        </section>
      ) : null}
      {slots.isError ? <ErrorMessage error={slots.error} /> : null}
      <p>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </p>
    </section>
  );
}
