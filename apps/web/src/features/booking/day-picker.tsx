import { useTranslation } from 'react-i18next';
import { ButtonGrid } from '../../shared/ui/button-grid';
import { formatDayLong, formatDayShort } from './slot-time';

interface DayPickerProps {
  days: readonly { date: string; free: number }[];
  selected: string | null;
  onSelect: (date: string) => void;
}

/**
 * The next days with free times as toggle buttons in a grid (arrows move between them): the weekday, the
 * date and how many times are free.
 */
export function DayPicker({ days, selected, onSelect }: DayPickerProps) {
  const { t, i18n } = useTranslation();
  return (
    <section className="section" aria-labelledby="days-heading">
      <h2 id="days-heading">{t('booking.days')}</h2>
      <ButtonGrid
        items={days}
        getKey={(day) => day.date}
        minCellRem={6.5}
        initialIndex={Math.max(
          0,
          days.findIndex((day) => day.date === selected),
        )}
        labelledBy="days-heading"
        className="day-picker"
        renderCell={(day, cell) => {
          const short = formatDayShort(day.date, i18n.language);
          return (
            <button
              {...cell}
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
          );
        }}
      />
    </section>
  );
}
