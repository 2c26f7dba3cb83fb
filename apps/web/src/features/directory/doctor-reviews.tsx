import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMoscowDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PagedList } from '../../shared/ui/paged-list';
import type { TPractitionerReview } from './directory.api';
import { directoryQueries, flattenPages } from './directory.api';
import { DATA_LANG, useLocale } from './use-directory';

/** `/doctors/:id`, «Отзывы»: the doctor's reviews, newest first, with «Показать ещё». */
export function DoctorReviews({ practitionerId }: { practitionerId: string }) {
  const { t } = useTranslation();
  const query = useInfiniteQuery(directoryQueries.reviews(practitionerId));
  const items = flattenPages(query.data?.pages);
  const total = query.data?.pages[0]?.total ?? 0;
  return (
    <section className="section" aria-labelledby="doctor-reviews">
      <h2 id="doctor-reviews">{t('doctor.reviews')}</h2>
      <LiveStatus>{query.isPending ? t('doctor.reviewsLoading') : null}</LiveStatus>
      {query.isError && !query.data ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} headingLevel={3} />
      ) : null}
      {query.data && total === 0 ? <p>{t('doctor.noReviews')}</p> : null}
      <PagedList
        items={items}
        total={total}
        keyOf={(review) => review.id}
        renderItem={(review) => <ReviewCard review={review} />}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
      {query.isFetchNextPageError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.fetchNextPage()} headingLevel={3} />
      ) : null}
    </section>
  );
}

/** One review: the rating in words and digits (never stars or colour alone), when, for which visit, the text. */
function ReviewCard({ review }: { review: TPractitionerReview }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <article className="card review">
      {/* Focusable from script only: «Показать ещё» moves the focus to the first new review. */}
      <h3 className="card__title" tabIndex={-1}>
        {t('doctor.reviewRating', {
          rating: review.rating,
          label: t(`review.ratings.${review.rating as 1 | 2 | 3 | 4 | 5}`),
        })}
      </h3>
      <p className="review__meta">
        <time dateTime={review.createdAt}>{formatMoscowDate(review.createdAt, locale)}</time>
        {', '}
        <span lang={DATA_LANG}>{review.specialty.name}</span>
      </p>
      {review.comment ? (
        <p className="prose review__comment" lang={DATA_LANG}>
          {review.comment}
        </p>
      ) : (
        <p className="hint">{t('doctor.reviewNoComment')}</p>
      )}
    </article>
  );
}
