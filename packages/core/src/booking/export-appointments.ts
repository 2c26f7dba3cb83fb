import type { Principal } from '../identity';
import { localDate, localTime } from '../shared';
import { timeZoneName } from '../tickets';
import type { AppointmentStatus, AppointmentView } from './booking.types';
import type { BookingDeps } from './booking-deps';
import { type AppointmentFilterInput, appointmentFilter, listedPatients } from './list-appointments';
import { russianDate } from './local-time';

/**
 * The most rows one export holds: the newest visits first, like the list. A person's history is far
 * shorter; the cap keeps a registrar's export of a long card to one bounded query and document.
 */
export const EXPORT_MAX_ROWS = 1000;

/** Russian names of the statuses, as the patient's pages show them. */
export const APPOINTMENT_STATUS_NAMES: Readonly<Record<AppointmentStatus, string>> = Object.freeze({
  booked: 'Записан',
  confirmed: 'Подтверждён',
  arrived: 'Пациент пришёл',
  fulfilled: 'Приём состоялся',
  cancelled_by_patient: 'Отменена пациентом',
  cancelled_by_clinic: 'Отменена поликлиникой',
  rescheduled: 'Перенесена',
  noshow: 'Неявка',
});

/** Column titles of an export, in the order of `appointmentExportRow`. */
export const EXPORT_COLUMNS: readonly string[] = Object.freeze([
  'Дата',
  'Время',
  'Часовой пояс',
  'Пациент',
  'Специальность',
  'Врач',
  'Медицинская организация',
  'Адрес',
  'Кабинет',
  'Статус',
  'Код записи',
  'Номер талона',
]);

/**
 * One visit as a row of an export: the date and time in the clinic's zone with the zone named
 * (docs/domain.md rule 10), the person, the visit, its status in Russian, the code and the ticket number.
 */
export function appointmentExportRow(view: AppointmentView, patientName: string): string[] {
  const { startsAt, timeZone } = view.slot;
  return [
    russianDate(localDate(startsAt, timeZone)),
    localTime(startsAt, timeZone),
    timeZoneName(startsAt, timeZone),
    patientName,
    view.specialty.name,
    view.practitioner.name,
    view.organization.name,
    view.organization.address,
    view.room ?? '',
    APPOINTMENT_STATUS_NAMES[view.status],
    view.code,
    view.ticketNumber,
  ];
}

/** An export: the column titles, up to `EXPORT_MAX_ROWS` rows, and how many visits matched in all. */
export interface AppointmentExport {
  columns: readonly string[];
  rows: string[][];
  total: number;
}

/**
 * The visits of the list (same filters, same access, same audit of someone else's list) as rows for a
 * CSV or PDF file, newest first, at most `EXPORT_MAX_ROWS`.
 */
export async function exportAppointments(
  deps: BookingDeps,
  principal: Principal,
  input: AppointmentFilterInput,
): Promise<AppointmentExport> {
  const listed = await listedPatients(deps, principal, input, 'appointment_export');
  const { items, total, names } = await deps.store.read(async (repos) => {
    const page = await repos.booking.list(
      appointmentFilter(listed, input, { page: 1, pageSize: EXPORT_MAX_ROWS }),
    );
    const ids = [...new Set(page.items.map((item) => item.patientId))];
    return { ...page, names: await repos.booking.patientNames(ids) };
  });
  return {
    columns: EXPORT_COLUMNS,
    rows: items.map((view) => appointmentExportRow(view, names.get(view.patientId) ?? '')),
    total,
  };
}
