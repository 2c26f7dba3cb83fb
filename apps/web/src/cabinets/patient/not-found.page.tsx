import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';

/** Any unknown address. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="page">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p className="page-lead">{t('notFound.text')}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
