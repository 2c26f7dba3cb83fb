import { type FormEvent, type ReactNode, useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldLabel } from './text-field';

const DEBOUNCE_MS = 400;

interface SearchFormProps {
  /** Visible label of the text field, e.g. «Поиск поликлиники». */
  label: string;
  hint?: string;
  /** The applied query (from the URL). */
  value: string;
  /** Applies a query: called after a pause in typing and at once on submit. */
  onSearch: (query: string) => void;
  /** Further filters shown next to the field. */
  children?: ReactNode;
}

/** A search landmark with a form with a debounced text field; it also works by pressing Enter or «Найти». */
export function SearchForm({ label, hint, value, onSearch, children }: SearchFormProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState(value);
  const lastApplied = useRef(value);

  // The URL changed from outside (back button, a link): show its query.
  useEffect(() => {
    if (value !== lastApplied.current) {
      lastApplied.current = value;
      setText(value);
    }
  }, [value]);

  const apply = (query: string) => {
    const trimmed = query.trim();
    if (trimmed === lastApplied.current) return;
    lastApplied.current = trimmed;
    onSearch(trimmed);
  };
  // Reads the latest `onSearch` without restarting the pause on every render.
  const applyAfterPause = useEffectEvent((query: string) => apply(query));

  useEffect(() => {
    const timer = window.setTimeout(() => applyAfterPause(text), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(text);
  };

  return (
    <search className="search-form">
      <form className="search-form__form" onSubmit={submit}>
        <div className="field search-form__query">
          <FieldLabel htmlFor={inputId} label={label} hint={hint} hintId={hintId} />
          <div className="search-form__row">
            <input
              id={inputId}
              type="search"
              className="field__input"
              value={text}
              onChange={(event) => setText(event.target.value)}
              aria-describedby={hint ? hintId : undefined}
              autoComplete="off"
              enterKeyHint="search"
              maxLength={100}
            />
            <button type="submit" className="button button--primary">
              {t('common.search')}
            </button>
          </div>
        </div>
        {children}
      </form>
    </search>
  );
}
