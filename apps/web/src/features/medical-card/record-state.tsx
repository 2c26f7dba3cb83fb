import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api-client';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';

/**
 * Loading and failure of one part of the record. A ward's record the API refuses (404: the young person,
 * 15 or older, keeps their medical data to themselves, or the link gives no medical access) is said plainly.
 */
export function RecordState({
  query,
  patientId,
}: {
  query: Pick<UseQueryResult, 'isPending' | 'isError' | 'error' | 'refetch'>;
  patientId: string | undefined;
}) {
  const { t } = useTranslation();
  const refused = query.error instanceof ApiError && query.error.status === 404 && patientId !== undefined;
  return (
    <>
      <LiveStatus>{query.isPending ? t('card.loading') : null}</LiveStatus>
      {refused ? (
        <div className="notice" role="alert">
          <p className="notice__title">{t('card.accessClosed')}</p>
          <p>{t('card.accessClosedHint')}</p>
        </div>
      ) : query.isError ? (
        <ErrorMessage error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : null}
    </>
  );
}

/** «Записей нет» for an empty list. */
export function EmptyList({ text }: { text: string }) {
  return (
    <div className="notice">
      <p>{text}</p>
    </div>
  );
}
