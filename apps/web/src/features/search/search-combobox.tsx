import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePreferences } from '../../shared/preferences/use-preferences';
import { LiveStatus } from '../../shared/ui/live-status';
import { MIN_QUERY_LENGTH, searchQueries } from './search.api';
import { freeTextHref, moveActive, type SuggestionOption, toSuggestionGroups } from './search-options';
import './search.css';

const DEBOUNCE_MS = 250;

/** `value` once it has stayed unchanged for `delay` ms. */
function useDebounced(value: string, delay: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * The home page's one search field (specialty, doctor or clinic) as a WAI-ARIA 1.2 combobox with a grouped
 * listbox: the arrows move through the suggestions (focus stays in the field, `aria-activedescendant` names
 * the active one), Enter opens the active one or searches the doctor list for the text, Escape closes the
 * list (and clears the field when it is already closed). The count of suggestions is announced politely.
 */
export function SearchCombobox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { regionCode } = usePreferences();
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listboxId = `${baseId}-listbox`;
  const hintId = `${baseId}-hint`;
  const [text, setText] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebounced(text.trim(), DEBOUNCE_MS);
  const isSearchable = query.length >= MIN_QUERY_LENGTH;
  const suggestions = useQuery(searchQueries.suggestions(query, regionCode));
  const groups = isSearchable ? toSuggestionGroups(suggestions.data) : [];
  const options = groups.flatMap((group) => group.options);
  const isExpanded = isOpen && options.length > 0;
  const optionId = (option: SuggestionOption) => `${baseId}-${option.key}`;
  const activeOption = isExpanded ? options[active] : undefined;

  // A new answer starts with no active option: the arrow keys enter the list afresh.
  useEffect(() => setActive(-1), [suggestions.data]);

  const status =
    !isOpen || !isSearchable || suggestions.isPlaceholderData
      ? null
      : suggestions.isError
        ? t('search.failed')
        : suggestions.isSuccess
          ? options.length > 0
            ? t('search.count', { count: options.length })
            : t('search.nothing')
          : null;

  const choose = (option: SuggestionOption) => {
    setIsOpen(false);
    void navigate(option.href);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (activeOption) return choose(activeOption);
    void navigate(freeTextHref(text));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!isOpen) {
        setIsOpen(true);
        // Alt+Down only opens the list; a plain arrow also enters it.
        if (event.altKey) return;
      }
      setActive((current) => moveActive(current, options.length, event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Escape') {
      if (isExpanded) {
        event.preventDefault();
        setIsOpen(false);
        setActive(-1);
      } else if (text !== '') {
        event.preventDefault();
        setText('');
      }
    }
  };

  return (
    <search className="site-search">
      <form className="site-search__form" onSubmit={submit}>
        <label htmlFor={inputId} className="field__label">
          {t('search.label')}
        </label>
        <p id={hintId} className="field__hint">
          {t('search.hint')}
        </p>
        <div className="site-search__row">
          <div className="site-search__box">
            <input
              id={inputId}
              type="text"
              className="field__input site-search__input"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={isExpanded}
              aria-controls={listboxId}
              aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
              aria-describedby={hintId}
              autoComplete="off"
              enterKeyHint="search"
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
              aria-label={t('search.suggestions')}
              className="site-search__listbox"
              hidden={!isExpanded}
            >
              {groups.map((group) => (
                // biome-ignore lint/a11y/useSemanticElements: a listbox's groups are role=group (ARIA 1.2); a fieldset is for form controls.
                <div
                  key={group.kind}
                  role="group"
                  aria-labelledby={`${baseId}-${group.kind}`}
                  className="site-search__group"
                >
                  <div
                    id={`${baseId}-${group.kind}`}
                    role="presentation"
                    className="site-search__group-title"
                  >
                    {t(`search.groups.${group.kind}`)}
                  </div>
                  {group.options.map((option) => (
                    // biome-ignore lint/a11y/useFocusableInteractive: the field keeps the focus; aria-activedescendant points at the option (combobox pattern).
                    // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are handled by the combobox field, which owns the focus.
                    <div
                      key={option.key}
                      id={optionId(option)}
                      role="option"
                      aria-selected={option === activeOption}
                      className="site-search__option"
                      // The field keeps the focus (and the list stays open) while the pointer chooses.
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => choose(option)}
                    >
                      <span className="site-search__option-label">{option.label}</span>
                      {option.detail ? (
                        <span className="site-search__option-detail">{option.detail}</span>
                      ) : null}
                    </div>
                  ))}
                </div>
              ))}
            </div>
          </div>
          <button type="submit" className="button button--primary">
            {t('common.search')}
          </button>
        </div>
        <LiveStatus className="visually-hidden">{status}</LiveStatus>
      </form>
    </search>
  );
}
