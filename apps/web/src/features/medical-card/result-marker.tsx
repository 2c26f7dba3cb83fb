import { useTranslation } from 'react-i18next';
import { isOutOfRange, MARKER_KEYS, type TInterpretation } from './lab-results';

/**
 * The interpretation in words («выше нормы», «критически высокое»), with an arrow beside it; the colour only
 * repeats what the words say.
 */
export function ResultMarker({ interpretation }: { interpretation: TInterpretation | null }) {
  const { t } = useTranslation();
  if (!interpretation) return null;
  const arrow = interpretation.startsWith('H') ? '↑ ' : interpretation.startsWith('L') ? '↓ ' : '';
  return (
    <span className={isOutOfRange(interpretation) ? 'marker marker--out' : 'marker'}>
      <span aria-hidden="true">{arrow}</span>
      {t(MARKER_KEYS[interpretation])}
    </span>
  );
}
