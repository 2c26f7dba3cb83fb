import { type ReactNode, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { setWaitingRoomHandler } from '../../shared/api-client';
import { LiveStatus } from '../../shared/ui/live-status';
import { waitingRoomQueue } from './waiting-room.api';
import { type Announced, shouldAnnounce } from './waiting-room.model';
import { useWaitText, WaitingRoomView } from './waiting-room-view';

/**
 * Shows the waiting room in place of `children` (the time choice, the booking) while any of their requests
 * waits in it (docs/web.md, «Waiting room»). The page stays mounted, only hidden, so what the patient chose
 * stays chosen; once admitted, its requests go on by themselves and the page comes back, its heading focused.
 */
export function WaitingRoomGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const waitText = useWaitText();
  const { isWaiting, place } = useSyncExternalStore(waitingRoomQueue.subscribe, waitingRoomQueue.getState);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const announced = useRef<Announced | null>(null);
  const wasWaiting = useRef(false);
  const pageRef = useRef<HTMLDivElement>(null);

  useEffect(() => setWaitingRoomHandler(waitingRoomQueue.waitForAdmission), []);

  useEffect(() => {
    if (!isWaiting) {
      if (wasWaiting.current) {
        wasWaiting.current = false;
        announced.current = null;
        if (place?.status === 'admitted') setAnnouncement(t('waitingRoom.admitted'));
        pageRef.current?.querySelector<HTMLElement>('h1')?.focus();
      }
      return;
    }
    wasWaiting.current = true;
    if (place?.status !== 'waiting') return;
    const now = Date.now();
    if (!shouldAnnounce(announced.current, place.position, now)) return;
    announced.current = { position: place.position, at: now };
    setAnnouncement(
      place.position <= 1
        ? t('waitingRoom.announceNext')
        : t('waitingRoom.announce', { position: place.position, wait: waitText(place.estimatedWaitSeconds) }),
    );
  }, [isWaiting, place, t, waitText]);

  return (
    <>
      <LiveStatus className="visually-hidden">{announcement}</LiveStatus>
      {isWaiting ? <WaitingRoomView place={place} /> : null}
      <div ref={pageRef} hidden={isWaiting}>
        {children}
      </div>
    </>
  );
}
