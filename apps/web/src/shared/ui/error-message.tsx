import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api-client';

/** What to tell the user about a failed request: the server's own Russian `detail` when there is one. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.problem) return error.problem.detail;
    if (error.status === 0) return t('errors.network');
    return t('errors.server', { status: error.status });
  }
  return t('errors.network');
}

interface ErrorMessageProps {
  error: unknown;
  onRetry?: () => void;
  /** Heading text; «Не удалось загрузить данные» by default. */
  title?: string;
  /** Level of the heading inside the page outline. */
  headingLevel?: 2 | 3;
}

/** A failed load: what happened in words, and a way to try again. */
export function ErrorMessage({ error, onRetry, title, headingLevel = 2 }: ErrorMessageProps) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="notice notice--error" role="alert">
      <Heading className="notice__title">{title ?? t('errors.title')}</Heading>
      <p>{describeError(error, t)}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
