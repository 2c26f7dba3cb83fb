import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/ui/error-message';
import type { ChatLine } from './use-video-call';
import { videoApi } from './video.api';

interface VideoChatProps {
  lines: readonly ChatLine[];
  onSend(text: string): Promise<void>;
  /** Uploads the file and shares it in the room (docs/video-visits.md). */
  onSendFile(file: File): Promise<void>;
  isDisabled: boolean;
}

/** Text beside the video, over the room's channel; shown, not kept (docs/video-visits.md). */
export function VideoChat({ lines, onSend, onSendFile, isDisabled }: VideoChatProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [isSendingFile, setSendingFile] = useState(false);
  const pickFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setSendingFile(true);
    try {
      await onSendFile(file);
      setError(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setSendingFile(false);
      input.value = '';
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (!value) return;
    try {
      await onSend(value);
      setText('');
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section className="video-chat" aria-labelledby="video-chat-title">
      <h2 id="video-chat-title">{t('video.chat.title')}</h2>
      <p className="video-chat__note">{t('video.chat.notKept')}</p>
      <ol className="video-chat__lines" aria-live="polite" aria-label={t('video.chat.messages')}>
        {lines.map((line) => (
          <li
            key={line.id}
            className={line.mine ? 'video-chat__line video-chat__line--mine' : 'video-chat__line'}
          >
            <span className="video-chat__who">{line.mine ? t('video.chat.me') : t('video.chat.them')}: </span>
            {line.file ? (
              <a href={videoApi.fileUrl(line.file.uploadId)} target="_blank" rel="noopener noreferrer">
                {t('video.chat.file')}: {line.file.name ?? t('video.chat.unnamedFile')}
              </a>
            ) : (
              line.text
            )}
          </li>
        ))}
      </ol>
      <form onSubmit={(event) => void submit(event)} className="video-chat__form">
        <label htmlFor="video-chat-text">{t('video.chat.label')}</label>
        <input
          id="video-chat-text"
          value={text}
          maxLength={2000}
          onChange={(event) => setText(event.target.value)}
          disabled={isDisabled}
        />
        <button type="submit" className="button button--secondary" disabled={isDisabled}>
          {t('video.chat.send')}
        </button>
      </form>
      <div className="video-chat__file">
        <label htmlFor="video-chat-file">{t('video.chat.sendFile')}</label>
        <input
          id="video-chat-file"
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          aria-describedby="video-chat-file-hint"
          onChange={(event) => void pickFile(event)}
          disabled={isDisabled || isSendingFile}
        />
        <p id="video-chat-file-hint" className="video-chat__note">
          {t('video.chat.fileHint')}
        </p>
        {isSendingFile ? <p aria-live="polite">{t('video.chat.sendingFile')}</p> : null}
      </div>
      {error ? (
        <p role="alert" className="notice notice--error">
          {describeError(error, t)}
        </p>
      ) : null}
    </section>
  );
}
