import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';

/**
 * A page failed to render or its code failed to load (typically an old tab after a deployment, or a lost
 * connection). Reloading fetches the current version.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t('errors.pageTitle'));
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="page">
      <PageHeading>{t('errors.pageTitle')}</PageHeading>
      <p className="page-lead">{t('errors.pageText')}</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </div>
  );
}
