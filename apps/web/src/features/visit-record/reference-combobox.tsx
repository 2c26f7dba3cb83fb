import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../shared/ui/live-status';
import { useCombobox } from '../../shared/ui/use-combobox';

const DEBOUNCE_MS = 250;

export interface ReferenceOption {
  key: string;
  label: string;
}

interface ReferenceComboboxProps<T> {
  label: string;
  hint: string;
  /** The query's cache key prefix and loader of the suggestions for a text. */
  queryKey: string;
  search: (q: string, signal: AbortSignal) => Promise<{ items: T[] }>;
  toOption: (item: T) => ReferenceOption;
  onChoose: (item: T) => void;
}

/**
 * A field that searches a reference (ICD-10, medicines) as a WAI-ARIA 1.2 combobox: suggestions from the
 * API 250 ms after typing stops; ↓/↑ move through them while the focus stays in the field
 * (`aria-activedescendant`), Enter chooses the active one, Escape closes the list or clears the field. The
 * number of suggestions is announced politely. Choosing clears the field for the next search.
 */
export function ReferenceCombobox<T>({
  label,
  hint,
  queryKey,
  search,
  toOption,
  onChoose,
}: ReferenceComboboxProps<T>) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);
  const suggestions = useQuery({
    queryKey: ['account', 'reference', queryKey, query],
    queryFn: ({ signal }) => search(query, signal),
    enabled: query.length > 0,
    staleTime: 5 * 60_000,
    placeholderData: (previous) => previous,
  });
  const items = query ? (suggestions.data?.items ?? []) : [];
  const combobox = useCombobox({
    text,
    setText,
    options: items,
    optionKey: (item) => toOption(item).key,
    onChoose: (item) => {
      onChoose(item);
      setText('');
      setQuery('');
    },
    // Enter never submits the surrounding form from here: it chooses, or does nothing.
    onEnter: (active, event) => {
      event.preventDefault();
      if (active) combobox.choose(active);
    },
  });
  const { setActive } = combobox;
  useEffect(() => setActive(-1), [suggestions.data, setActive]);

  const status =
    !combobox.isOpen || !query || suggestions.isFetching
      ? null
      : suggestions.isError
        ? t('visit.search.failed')
        : items.length > 0
          ? t('visit.search.count', { n: items.length })
          : t('visit.search.nothing');

  return (
    <div className="field reference-combobox">
      <label htmlFor={combobox.ids.input} className="field__label">
        {label}
      </label>
      <p id={combobox.ids.hint} className="field__hint">
        {hint}
      </p>
      <div className="reference-combobox__box">
        <input {...combobox.inputProps} className="field__input" />
        <div
          {...combobox.listboxProps}
          role="listbox"
          aria-label={label}
          className="reference-combobox__listbox"
        >
          {items.map((item) => {
            const option = toOption(item);
            return (
              // biome-ignore lint/a11y/useFocusableInteractive: the field keeps the focus; aria-activedescendant points at the option (combobox pattern).
              <div
                key={option.key}
                {...combobox.optionProps(item)}
                role="option"
                className="reference-combobox__option"
              >
                {option.label}
              </div>
            );
          })}
        </div>
      </div>
      <LiveStatus>{status}</LiveStatus>
    </div>
  );
}
