import { useTranslation } from 'react-i18next';
import type { TFreeSlotAlternative } from './booking.api';
import { formatVisitMoment } from './slot-time';

interface SlotAlternativesProps {
  alternatives: readonly TFreeSlotAlternative[];
  onChoose: (slot: TFreeSlotAlternative) => void;
}

/** The nearest free times the server offered instead of a taken one, each a button that takes it. */
export function SlotAlternatives({ alternatives, onChoose }: SlotAlternativesProps) {
  const { t, i18n } = useTranslation();
  if (alternatives.length === 0) return null;
  return (
    <>
      <p>{t('booking.alternatives')}</p>
      <ul className="plain-list slot-alternatives">
        {alternatives.map((slot) => (
          <li key={slot.id}>
            <button type="button" className="button button--secondary" onClick={() => onChoose(slot)}>
              {t('booking.alternative', {
                moment: formatVisitMoment(slot.start, slot.timeZone, i18n.language),
                doctor: slot.practitioner.name,
                clinic: slot.organization.name,
              })}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
