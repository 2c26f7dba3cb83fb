import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../shared/ui/live-status';

const FILE_NAME = 'talon-recovery-codes.txt';

/** The recovery codes, shown once: to be downloaded as a text file or copied, then stored safely. */
export function RecoveryCodes({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const [status, setStatus] = useState('');
  const text = `${t('security.recovery.fileHeader')}\n\n${codes.join('\n')}\n`;

  useEffect(() => {
    ref.current?.focus();
  }, []);

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = FILE_NAME;
    link.click();
    // Revoked on the next tick: some browsers start the download only after the click returns.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
    setStatus(t('security.recovery.downloaded'));
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setStatus(t('security.recovery.copied'));
    } catch {
      setStatus(t('security.recovery.copyFailed'));
    }
  };

  return (
    <section ref={ref} className="notice recovery-codes" tabIndex={-1} aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title" className="notice__title">
        {t('security.recovery.title')}
      </h3>
      <p>{t('security.recovery.text')}</p>
      <ol className="recovery-codes__list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={download}>
          {t('security.recovery.download')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('security.recovery.copy')}
        </button>
      </div>
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
