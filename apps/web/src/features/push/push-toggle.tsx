import { describeUserAgent } from '@talon/core/identifiers';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../shared/ui/live-status';
import { fetchApplicationServerKey, pushApi } from './push.api';

type PushState = 'unsupported' | 'denied' | 'off' | 'on' | 'busy';

const isSupported = () =>
  typeof window !== 'undefined' &&
  'serviceWorker' in navigator &&
  'PushManager' in window &&
  'Notification' in window;

async function registration() {
  return navigator.serviceWorker.register('/sw.js', { scope: '/' });
}

/**
 * Push notifications in this browser, on or off: registers the service worker (`/sw.js`), asks for the
 * permission, subscribes with the server's VAPID key and hands the subscription to the server; off
 * unsubscribes and tells the server. For the notification settings page (export `PushToggle`).
 */
export function PushToggle() {
  const { t } = useTranslation();
  const [state, setState] = useState<PushState>('busy');
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (!isSupported()) return setState('unsupported');
    if (Notification.permission === 'denied') return setState('denied');
    let isCurrent = true;
    navigator.serviceWorker
      .getRegistration('/')
      .then((found) => found?.pushManager.getSubscription() ?? null)
      .then((subscription) => isCurrent && setState(subscription ? 'on' : 'off'))
      .catch(() => isCurrent && setState('off'));
    return () => {
      isCurrent = false;
    };
  }, []);

  const turnOn = useCallback(async () => {
    setState('busy');
    setMessage('');
    try {
      if ((await Notification.requestPermission()) !== 'granted') {
        setState('denied');
        return;
      }
      const worker = await registration();
      const subscription = await worker.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: (await fetchApplicationServerKey()) as BufferSource,
      });
      // A short label of this browser for the list of subscriptions, never the full User-Agent.
      await pushApi.save(subscription.toJSON(), describeUserAgent(navigator.userAgent));
      setState('on');
      setMessage(t('push.turnedOn'));
    } catch {
      setState('off');
      setMessage(t('push.failed'));
    }
  }, [t]);

  const turnOff = useCallback(async () => {
    setState('busy');
    setMessage('');
    try {
      const found = await navigator.serviceWorker.getRegistration('/');
      const subscription = await found?.pushManager.getSubscription();
      if (subscription) {
        await pushApi.forget(subscription.endpoint).catch(() => undefined);
        await subscription.unsubscribe();
      }
      setState('off');
      setMessage(t('push.turnedOff'));
    } catch {
      setState('on');
      setMessage(t('push.failed'));
    }
  }, [t]);

  return (
    <div className="push-toggle">
      <p>
        {state === 'unsupported'
          ? t('push.unsupported')
          : state === 'denied'
            ? t('push.denied')
            : state === 'on'
              ? t('push.on')
              : t('push.off')}
      </p>
      {state === 'off' || state === 'on' || state === 'busy' ? (
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={state === 'on'}
          disabled={state === 'busy'}
          onClick={() => void (state === 'on' ? turnOff() : turnOn())}
        >
          {t('push.toggle')}
        </button>
      ) : null}
      <LiveStatus>{message}</LiveStatus>
    </div>
  );
}
