import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../shared/ui/live-status';

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
  const baseId = useId();
  const listboxId = `${baseId}-listbox`;
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
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
  const isExpanded = isOpen && items.length > 0;
  useEffect(() => setActive(-1), [suggestions.data]);
  const activeItem = isExpanded ? items[active] : undefined;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  const choose = (item: T) => {
    onChoose(item);
    setText('');
    setQuery('');
    setIsOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setIsOpen(true);
      if (items.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) =>
        current < 0 && step < 0 ? items.length - 1 : (current + step + items.length) % items.length,
      );
    } else if (event.key === 'Enter') {
      // Enter never submits the surrounding form from here: it chooses, or does nothing.
      event.preventDefault();
      if (activeItem) choose(activeItem);
    } else if (event.key === 'Escape') {
      if (isExpanded) {
        event.preventDefault();
        setIsOpen(false);
        setActive(-1);
      } else if (text) {
        event.preventDefault();
        setText('');
      }
    }
  };

  const status =
    !isOpen || !query || suggestions.isFetching
      ? null
      : suggestions.isError
        ? t('visit.search.failed')
        : items.length > 0
          ? t('visit.search.count', { n: items.length })
          : t('visit.search.nothing');

  return (
    <div className="field reference-combobox">
      <label htmlFor={`${baseId}-input`} className="field__label">
        {label}
      </label>
      <p id={`${baseId}-hint`} className="field__hint">
        {hint}
      </p>
      <div className="reference-combobox__box">
        <input
          id={`${baseId}-input`}
          type="text"
          className="field__input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={isExpanded}
          aria-controls={listboxId}
          aria-activedescendant={activeItem ? optionId(active) : undefined}
          aria-describedby={`${baseId}-hint`}
          autoComplete="off"
          maxLength={100}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setIsOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setIsOpen(false)}
        />
        {/* Always in the DOM so that aria-controls points at something; hidden while closed. */}
        <div
          id={listboxId}
          role="listbox"
          aria-label={label}
          className="reference-combobox__listbox"
          hidden={!isExpanded}
        >
          {items.map((item, index) => {
            const option = toOption(item);
            return (
              // biome-ignore lint/a11y/useFocusableInteractive: the field keeps the focus; aria-activedescendant points at the option (combobox pattern).
              // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are handled by the combobox field, which owns the focus.
              <div
                key={option.key}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className="reference-combobox__option"
                // The field keeps the focus (and the list stays open) while the pointer chooses.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(item)}
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
