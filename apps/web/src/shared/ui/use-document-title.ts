import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** «Поликлиники — Талон»; the home page passes nothing and gets «Талон — запись к врачу». */
export function useDocumentTitle(page?: string | null) {
  const { t } = useTranslation();
  const title = page ? t('app.documentTitle', { page }) : t('app.homeDocumentTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
