import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PagedList } from '../../shared/ui/paged-list';
import { directoryQueries, flattenPages, type PractitionerFilters } from './directory.api';
import { PractitionerCard } from './practitioner-card';
import { useNextSlots } from './use-next-slots';

interface PractitionerResultsProps {
  filters: PractitionerFilters;
  /** Shown when nothing matches the filters. */
  emptyText: string;
  /** Shown when nothing matches and no filter narrows the list (an empty region or clinic). */
  noneText: string;
  headingLevel?: 2 | 3;
  showPlaces?: boolean;
}

/**
 * Doctors matching the filters, with the count announced, «Показать ещё», empty and error states, and each
 * doctor's next free time once it arrives.
 */
export function PractitionerResults({
  filters,
  emptyText,
  noneText,
  headingLevel = 2,
  showPlaces = true,
}: PractitionerResultsProps) {
  const { t } = useTranslation();
  const query = useInfiniteQuery(directoryQueries.practitioners(filters));
  const items = flattenPages(query.data?.pages);
  const total = query.data?.pages[0]?.total ?? 0;
  const nextSlots = useNextSlots(filters, items);
  const isFiltered = Boolean(filters.q || filters.specialty);
  const isUpdating = query.isFetching && !query.isFetchingNextPage;

  let status: string | null = null;
  if (query.isPending || (query.isPlaceholderData && query.isFetching)) status = t('doctors.loading');
  else if (query.data) status = t('common.found', { total });

  return (
    <div className="results" aria-busy={isUpdating}>
      <LiveStatus className="results__status">{status}</LiveStatus>
      {query.isError && !query.data ? (
        <ErrorMessage
          error={query.error}
          onRetry={() => void query.refetch()}
          headingLevel={headingLevel === 2 ? 2 : 3}
        />
      ) : null}
      {query.data && total === 0 ? <p className="notice">{isFiltered ? emptyText : noneText}</p> : null}
      <PagedList
        items={items}
        total={total}
        keyOf={(practitioner) => practitioner.id}
        renderItem={(practitioner) => (
          <PractitionerCard
            practitioner={practitioner}
            headingLevel={headingLevel}
            showPlaces={showPlaces}
            nextSlot={nextSlots.get(practitioner.id)}
          />
        )}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
      {query.isFetchNextPageError ? (
        <ErrorMessage
          error={query.error}
          onRetry={() => void query.fetchNextPage()}
          headingLevel={headingLevel}
        />
      ) : null}
    </div>
  );
}
