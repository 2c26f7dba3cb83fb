import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { bookingHref, formatNextSlot, NEXT_SLOT_WINDOW_DAYS, type NextSlot } from './next-slot';
import { foreignTimeZone, userTimeZone } from './time-zone';
import { DATA_LANG, useLocale } from './use-directory';

interface NextSlotLineProps {
  nextSlot: NextSlot;
  /** Names the clinic: for a doctor who works in several. */
  showClinic: boolean;
}

/**
 * «Ближайшее время: 3 декабря, 09:30», a link straight to the time choice, in the clinic's time with its
 * offset named when the user's clock differs; or that nothing is free in the window.
 */
export function NextSlotLine({ nextSlot, showClinic }: NextSlotLineProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (nextSlot.kind === 'none') {
    return (
      <p className="card__next">
        {t('directory.noNextSlot', { period: t('units.day', { count: NEXT_SLOT_WINDOW_DAYS }) })}
      </p>
    );
  }
  const { slot } = nextSlot;
  const zone = foreignTimeZone(slot.timeZone, userTimeZone(), new Date(slot.start));
  return (
    <p className="card__next">
      <Link to={bookingHref(slot)}>{t('directory.nextSlot', formatNextSlot(slot, locale))}</Link>
      {zone ? ` ${t('directory.nextSlotZone', { offset: zone.offset })}` : null}
      {showClinic ? (
        <>
          {', '}
          <span lang={DATA_LANG}>{slot.organization.name}</span>
        </>
      ) : null}
    </p>
  );
}
