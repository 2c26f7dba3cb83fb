import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlaceView, waitEstimate } from './waiting-room.model';
import './waiting-room.css';

/** The estimated wait in words: «около 3 минут». */
export function useWaitText() {
  const { t } = useTranslation();
  return useCallback(
    (seconds: number | null) => {
      const estimate = waitEstimate(seconds);
      return 'count' in estimate ? t(estimate.key, { count: estimate.count }) : t(estimate.key);
    },
    [t],
  );
}

/**
 * The waiting room in place of the time choice: why there is a queue, that the place is kept (a reload keeps
 * it too), the position and the estimated wait, kept up to date live. Its heading takes the focus when it
 * appears; the position is announced by the gate's polite region, at a calm pace.
 */
export function WaitingRoomView({ place }: { place: PlaceView | null }) {
  const { t } = useTranslation();
  const waitText = useWaitText();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const waiting = place?.status === 'waiting' ? place : null;
  return (
    <section className="page waiting-room" aria-labelledby="waiting-room-heading">
      <h1 id="waiting-room-heading" className="page-heading" ref={headingRef} tabIndex={-1}>
        {t('waitingRoom.title')}
      </h1>
      <p className="page-lead">{t('waitingRoom.lead')}</p>
      <div className="notice waiting-room__place">
        {waiting ? (
          <>
            <p className="waiting-room__position">
              {waiting.position <= 1
                ? t('waitingRoom.next')
                : t('waitingRoom.position', { position: waiting.position })}
            </p>
            <p>{t('waitingRoom.estimate', { wait: waitText(waiting.estimatedWaitSeconds) })}</p>
          </>
        ) : (
          <p className="waiting-room__position">{t('waitingRoom.joining')}</p>
        )}
      </div>
      <p>{t('waitingRoom.placeKept')}</p>
      <p>{t('waitingRoom.inOrder')}</p>
    </section>
  );
}
