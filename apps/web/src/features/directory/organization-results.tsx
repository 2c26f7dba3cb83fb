import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PagedList } from '../../shared/ui/paged-list';
import { directoryQueries, flattenPages, type OrganizationFilters } from './directory.api';
import { OrganizationCard } from './organization-card';

interface OrganizationResultsProps {
  filters: OrganizationFilters;
  regionName: string;
}

/** Clinics matching the filters: the count announced politely, the list, «Показать ещё», empty and error states. */
export function OrganizationResults({ filters, regionName }: OrganizationResultsProps) {
  const { t } = useTranslation();
  const query = useInfiniteQuery(directoryQueries.organizations(filters));
  const items = flattenPages(query.data?.pages);
  const total = query.data?.pages[0]?.total ?? 0;
  const isFiltered = Boolean(filters.q || filters.kind || filters.specialty);
  const isUpdating = query.isFetching && !query.isFetchingNextPage;

  let status: string | null = null;
  if (query.isPending || (query.isPlaceholderData && query.isFetching)) status = t('clinics.loading');
  else if (query.data) status = t('common.found', { total });

  return (
    <div className="results" aria-busy={isUpdating}>
      <LiveStatus className="results__status">{status}</LiveStatus>
      {query.isError && !query.data ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {query.data && total === 0 ? (
        <p className="notice">
          {isFiltered ? t('clinics.noResults') : t('directory.regionEmpty', { region: regionName })}
        </p>
      ) : null}
      <PagedList
        items={items}
        total={total}
        keyOf={(organization) => organization.id}
        renderItem={(organization) => <OrganizationCard organization={organization} />}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
      {query.isFetchNextPageError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.fetchNextPage()} />
      ) : null}
    </div>
  );
}
