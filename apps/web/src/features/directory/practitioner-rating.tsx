import { useTranslation } from 'react-i18next';
import { formatRating } from './directory.format';
import { useLocale } from './use-directory';

interface PractitionerRatingProps {
  rating: number | null;
  reviewsCount: number;
}

/** «Рейтинг: 4,7 из 5 (23 отзыва)» — in words, never stars or colour alone. */
export function PractitionerRating({ rating, reviewsCount }: PractitionerRatingProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (rating === null) return <span className="rating">{t('directory.noRating')}</span>;
  return (
    <span className="rating">
      {t('directory.ratingSummary', {
        rating: t('directory.rating', { value: formatRating(rating, locale) }),
        reviews: t('directory.reviews', { count: reviewsCount }),
      })}
    </span>
  );
}
