import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/ui/error-message';
import type { ChatLine } from './use-video-call';

interface VideoChatProps {
  lines: readonly ChatLine[];
  onSend(text: string): Promise<void>;
  isDisabled: boolean;
}

/** Text beside the video, over the room's channel; shown, not kept (docs/video-visits.md). */
export function VideoChat({ lines, onSend, isDisabled }: VideoChatProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
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
            {line.text}
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
      {error ? (
        <p role="alert" className="notice notice--error">
          {describeError(error, t)}
        </p>
      ) : null}
    </section>
  );
}
