import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/ui/error-message';
import { LiveStatus } from '../../../shared/ui/live-status';
import type { TScheduleConflict, TSchedulePreview } from './schedules-queries';

interface SchedulePreviewProps {
  preview: TSchedulePreview | undefined;
  error: unknown;
  isFetching: boolean;
  /** The form's values do not make a template yet: the preview waits for them. */
  isIncomplete: boolean;
}

/** A clinic-local date and time of an instant, in the clinic's zone. */
export const clinicDateTime = (iso: string, timeZone: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );
const clinicTime = (iso: string, timeZone: string, language: string) =>
  new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone }).format(new Date(iso));
const DAY_FORMAT = { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' } as const;
/** `2026-12-07` → «пн, 07.12.2026». */
const dayLabel = (date: string, language: string) =>
  new Intl.DateTimeFormat(language, { ...DAY_FORMAT, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** The listed slots' times grouped by their clinic-local day. */
function firstDays(preview: TSchedulePreview, language: string): [string, string[]][] {
  const days = new Map<string, string[]>();
  const format = new Intl.DateTimeFormat(language, { ...DAY_FORMAT, timeZone: preview.timeZone });
  for (const slot of preview.slots) {
    const day = format.format(new Date(slot.start));
    days.set(day, [...(days.get(day) ?? []), clinicTime(slot.start, preview.timeZone, language)]);
  }
  return [...days];
}

/**
 * What the edited template would do, as the server plans it (the same functions as the save): slots per day,
 * the first days' times, and the booked visits it would leave outside with their patients.
 */
export function SchedulePreview({ preview, error, isFetching, isIncomplete }: SchedulePreviewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <section className="schedule-preview" aria-labelledby="schedule-preview-title" aria-busy={isFetching}>
      <h2 id="schedule-preview-title">{t('adminSchedules.preview.title')}</h2>
      <LiveStatus>{isFetching ? t('adminSchedules.preview.updating') : ''}</LiveStatus>
      {isIncomplete ? <p>{t('adminSchedules.preview.incomplete')}</p> : null}
      {error ? (
        <div className="notice notice--error" role="alert">
          <p>{describeError(error, t)}</p>
        </div>
      ) : null}
      {preview ? (
        <>
          <p>
            {t('adminSchedules.preview.changes', {
              insert: preview.changes.insert,
              delete: preview.changes.delete + preview.changes.block,
              update: preview.changes.update,
            })}
          </p>
          <h3>{t('adminSchedules.preview.conflicts')}</h3>
          {preview.conflicts.length === 0 ? (
            <p>{t('adminSchedules.preview.noConflicts')}</p>
          ) : (
            <ConflictsTable conflicts={preview.conflicts} timeZone={preview.timeZone} />
          )}
          <table className="schedule-table">
            <caption>{t('adminSchedules.preview.daysCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('adminSchedules.preview.day')}</th>
                <th scope="col">{t('adminSchedules.preview.slots')}</th>
                <th scope="col">{t('adminSchedules.preview.priority')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.days.map((day) => (
                <tr key={day.date}>
                  <th scope="row">{dayLabel(day.date, language)}</th>
                  <td>{day.slots}</td>
                  <td>{day.priority}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.days.length === 0 ? <p>{t('adminSchedules.preview.noSlots')}</p> : null}
          <h3>{t('adminSchedules.preview.firstDays')}</h3>
          <dl className="schedule-times">
            {firstDays(preview, language).map(([day, times]) => (
              <div key={day}>
                <dt>{day}</dt>
                <dd>{times.join(', ')}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  );
}

/** Booked visits a change leaves outside working hours, with their patients, at the clinic's time. */
export function ConflictsTable({
  conflicts,
  timeZone,
}: {
  conflicts: TScheduleConflict[];
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <table className="schedule-table">
      <caption>{t('adminSchedules.preview.conflictsCaption', { count: conflicts.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('adminSchedules.preview.visitTime')}</th>
          <th scope="col">{t('adminSchedules.preview.patient')}</th>
        </tr>
      </thead>
      <tbody>
        {conflicts.map((conflict) => (
          <tr key={conflict.slotId}>
            <td>{clinicDateTime(conflict.start, timeZone, i18n.language)}</td>
            <td>{conflict.patientName ?? t('adminSchedules.preview.unknownPatient')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
