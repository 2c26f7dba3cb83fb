import { useTranslation } from 'react-i18next';
import { formatDayLong, formatDayShort } from './slot-time';

interface DayPickerProps {
  days: readonly { date: string; free: number }[];
  selected: string | null;
  onSelect: (date: string) => void;
}

/** The next days with free times as toggle buttons: the weekday, the date and how many times are free. */
export function DayPicker({ days, selected, onSelect }: DayPickerProps) {
  const { t, i18n } = useTranslation();
  return (
    <section className="section" aria-labelledby="days-heading">
      <h2 id="days-heading">{t('booking.days')}</h2>
      <ul className="day-picker">
        {days.map((day) => {
          const short = formatDayShort(day.date, i18n.language);
          return (
            <li key={day.date}>
              <button
                type="button"
                className="button button--secondary button--toggle day-picker__button"
                aria-pressed={selected === day.date}
                aria-label={t('booking.dayLabel', {
                  day: formatDayLong(day.date, i18n.language),
                  count: day.free,
                })}
                onClick={() => onSelect(day.date)}
              >
                <span className="day-picker__weekday">{short.weekday}</span>
                <span className="day-picker__date">{short.day}</span>
                <span className="day-picker__free">{t('booking.freeCount', { count: day.free })}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
