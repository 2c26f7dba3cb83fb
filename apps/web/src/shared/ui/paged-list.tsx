import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface PagedListProps<T> {
  items: readonly T[];
  total: number;
  keyOf: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  className?: string;
}

/**
 * A list that grows with «Показать ещё». After more items arrive the focus moves to the first new one (its
 * first link or button, else an element made focusable by script with `tabIndex={-1}`), so keyboard and
 * screen-reader users continue where they were instead of at the button or the page top.
 */
export function PagedList<T>({
  items,
  total,
  keyOf,
  renderItem,
  hasNextPage,
  isFetchingNextPage,
  onLoadMore,
  className,
}: PagedListProps<T>) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);
  const firstNewIndex = useRef<number | null>(null);

  useEffect(() => {
    const index = firstNewIndex.current;
    if (index === null || items.length <= index) return;
    firstNewIndex.current = null;
    const item = listRef.current?.children.item(index);
    const target = item?.querySelector<HTMLElement>('a, button, [tabindex="-1"]') ?? null;
    target?.focus();
  }, [items.length]);

  const loadMore = () => {
    firstNewIndex.current = items.length;
    onLoadMore();
  };

  return (
    <>
      <ul className={className ? `result-list ${className}` : 'result-list'} ref={listRef}>
        {items.map((item) => (
          <li key={keyOf(item)} className="result-list__item">
            {renderItem(item)}
          </li>
        ))}
      </ul>
      {items.length > 0 && items.length < total ? (
        <div className="load-more">
          <p className="load-more__count">{t('common.shown', { shown: items.length, total })}</p>
          {hasNextPage ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={loadMore}
              disabled={isFetchingNextPage}
            >
              {isFetchingNextPage ? t('common.loadingMore') : t('common.showMore')}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
