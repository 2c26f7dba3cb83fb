import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../shared/ui/live-status';

/**
 * The new client's id and secret in a modal dialog: the secret is shown this once (only its hash is kept),
 * so it can be copied here. Escape or «Готово» closes it; the focus returns where it was.
 */
export function ClientSecretDialog({
  credentials,
  onClose,
}: {
  credentials: { clientId: string; clientSecret: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (credentials && !dialog.open) dialog.showModal();
    if (!credentials && dialog.open) dialog.close();
  }, [credentials]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(credentials?.clientSecret ?? '');
      setStatus(t('adminIntegrations.secret.copied'));
    } catch {
      setStatus(t('adminIntegrations.secret.copyFailed'));
    }
  };
  return (
    <dialog
      ref={ref}
      className="integration-secret"
      aria-labelledby="integration-secret-title"
      aria-describedby="integration-secret-text"
      onClose={onClose}
    >
      <h2 id="integration-secret-title">{t('adminIntegrations.secret.title')}</h2>
      <p id="integration-secret-text">{t('adminIntegrations.secret.text')}</p>
      {credentials ? (
        <dl className="integration-secret__values">
          <dt>{t('adminIntegrations.secret.clientId')}</dt>
          <dd>
            <code>{credentials.clientId}</code>
          </dd>
          <dt>{t('adminIntegrations.secret.clientSecret')}</dt>
          <dd>
            <code>{credentials.clientSecret}</code>
          </dd>
        </dl>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('adminIntegrations.secret.copy')}
        </button>
        <button type="button" className="button button--primary" onClick={() => ref.current?.close()}>
          {t('adminIntegrations.secret.done')}
        </button>
      </div>
      <LiveStatus>{status}</LiveStatus>
    </dialog>
  );
}
