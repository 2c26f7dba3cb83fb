import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';

/** A logged-in user without a registry role opened a registry page. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('registry.forbidden.title'));
  return (
    <div className="page">
      <PageHeading>{t('registry.forbidden.title')}</PageHeading>
      <p className="page-lead">{t('registry.forbidden.text')}</p>
      <p>
        <Link to="/account" className="button button--primary">
          {t('registry.forbidden.account')}
        </Link>
      </p>
    </div>
  );
}
