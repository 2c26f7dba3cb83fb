import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../shared/api-client';
import { describeError } from '../../shared/ui/error-message';
import { alternativesOf, type TFreeSlotAlternative } from './booking.api';
import { refusalSteps } from './refusal-steps';
import { SlotAlternatives } from './slot-alternatives';

interface BookingRefusalProps {
  error: unknown;
  /** What failed: choosing the time, or booking it. */
  title: string;
  /** The slot's clinic: a suspended patient calls its registry. */
  organizationId: string;
  /** One of the nearest free times offered when the wanted one was taken. */
  onChoose?: ((slot: TFreeSlotAlternative) => void) | undefined;
  /** Back to the time choice, when the refusal says to take another time and the choice is not in view. */
  onChooseAnotherTime?: (() => void) | undefined;
}

/**
 * A refused hold or booking: why, in the server's words, then what to do next with a link to do it
 * (`refusal-steps.ts`), or the nearest free times when someone took this one a second earlier.
 */
export function BookingRefusal({
  error,
  title,
  organizationId,
  onChoose,
  onChooseAnotherTime,
}: BookingRefusalProps) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : null;
  const isTaken = code === 'SLOT_TAKEN';
  const steps = refusalSteps(code, organizationId);
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{isTaken ? t('booking.takenTitle') : title}</p>
      <p>{describeError(error, t)}</p>
      {steps ? <p>{t(steps.advice)}</p> : null}
      {steps && steps.links.length > 0 ? (
        <ul>
          {steps.links.map((link) => (
            <li key={link.href}>
              <Link to={link.href}>{t(link.label)}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {steps?.isChooseAnotherTime && onChooseAnotherTime ? (
        <button type="button" className="button button--secondary" onClick={onChooseAnotherTime}>
          {t('booking.otherTime')}
        </button>
      ) : null}
      {isTaken && onChoose ? (
        <SlotAlternatives alternatives={alternativesOf((error as ApiError).body)} onChoose={onChoose} />
      ) : null}
    </div>
  );
}
