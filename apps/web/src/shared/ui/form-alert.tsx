import { useTranslation } from 'react-i18next';
import { describeError } from './error-message';

interface FormAlertProps {
  /** A failed request, or a message already in words. */
  error: unknown;
  /** Text to show instead of the error's own description (a wait in minutes, for instance). */
  message?: string | null | undefined;
  title?: string;
}

/** What went wrong with a submitted form as a whole (wrong password, throttling, no connection). */
export function FormAlert({ error, message, title }: FormAlertProps) {
  const { t } = useTranslation();
  if (!error && !message) return null;
  return (
    <div className="notice notice--error form-alert" role="alert">
      {title ? <p className="notice__title">{title}</p> : null}
      <p>{message ?? describeError(error, t)}</p>
    </div>
  );
}
