import { useTranslation } from 'react-i18next';
import { useIsOnline } from './use-is-online';

/**
 * «Нет связи — показаны сохранённые данные» while the browser is offline: the pages then show what the
 * service worker kept (visits, tickets). A status region that stays mounted, so the change is announced.
 */
export function OfflineNotice() {
  const { t } = useTranslation();
  const isOnline = useIsOnline();
  return (
    <div role="status" className="offline-notice">
      {isOnline ? null : (
        <p className="notice offline-notice__text">
          <strong>{t('offline.notice')}</strong>
        </p>
      )}
    </div>
  );
}
