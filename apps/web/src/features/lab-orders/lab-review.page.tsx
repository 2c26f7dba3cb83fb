import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { ResultsToReview } from './results-to-review';

/** The «Результаты к просмотру» tab of «Анализы»: the same list as the task on «Главная». */
export function LabReviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('labs.review.title'));
  return (
    <div className="page doctor-page">
      <PageHeading>{t('labs.review.title')}</PageHeading>
      <ResultsToReview level={2} />
    </div>
  );
}
