import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../shared/ui/dates';
import { Fact } from '../../shared/ui/fact';
import type { TCourse } from './courses-queries';

const rub = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB', maximumFractionDigits: 0 });

/** A course's facts: direction, format, dates, credits, price, seats left, requirements. */
export function CourseFacts({ course }: { course: TCourse }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatCalendarDate(iso, i18n.language);
  return (
    <dl className="facts">
      <Fact label={t('courses.direction')}>{t(`courses.directions.${course.direction}`)}</Fact>
      <Fact label={t('courses.format')}>{t(`courses.formats.${course.format}`)}</Fact>
      <Fact label={t('courses.dates')}>
        {date(course.startsOn)} — {date(course.endsOn)}
      </Fact>
      <Fact label={t('courses.credits')}>
        {t('courses.creditsValue', { credits: course.credits, hours: course.hours })}
      </Fact>
      <Fact label={t('courses.price')}>
        {course.priceRub === 0 ? t('courses.free') : rub.format(course.priceRub)}
      </Fact>
      <Fact label={t('courses.seats')}>
        {t('courses.seatsValue', { left: course.seatsLeft, seats: course.seats })}
      </Fact>
      <Fact label={t('courses.requirements')}>{course.requirements}</Fact>
      <Fact label={t('courses.provider')}>{course.provider}</Fact>
    </dl>
  );
}
