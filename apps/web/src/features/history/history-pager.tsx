import { useTranslation } from 'react-i18next';

interface HistoryPagerProps {
  page: number;
  pageCount: number;
  onChange: (page: number) => void;
}

/** «Назад» and «Вперёд» through the pages of the history, with where one is in words. */
export function HistoryPager({ page, pageCount, onChange }: HistoryPagerProps) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav className="history-pager" aria-label={t('history.pager.label')}>
      <p className="history-pager__where">{t('history.pager.where', { page, pages: pageCount })}</p>
      <div className="actions">
        {page > 1 ? (
          <button type="button" className="button button--secondary" onClick={() => onChange(page - 1)}>
            {t('history.pager.previous')}
          </button>
        ) : null}
        {page < pageCount ? (
          <button type="button" className="button button--secondary" onClick={() => onChange(page + 1)}>
            {t('history.pager.next')}
          </button>
        ) : null}
      </div>
    </nav>
  );
}
