import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePreferences } from '../../shared/preferences/use-preferences';
import { ComboboxSearch } from '../../shared/ui/combobox-search';
import { useCombobox } from '../../shared/ui/use-combobox';
import { useDebounced } from '../../shared/ui/use-debounced';
import { MIN_QUERY_LENGTH, searchQueries } from './search.api';
import { freeTextHref, toSuggestionGroups } from './search-options';

const DEBOUNCE_MS = 250;

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
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), DEBOUNCE_MS);
  const isSearchable = query.length >= MIN_QUERY_LENGTH;
  const suggestions = useQuery(searchQueries.suggestions(query, regionCode));
  const groups = isSearchable ? toSuggestionGroups(suggestions.data) : [];
  const options = groups.flatMap((group) => group.options);
  const combobox = useCombobox({
    text,
    setText,
    options,
    optionKey: (option) => option.key,
    onChoose: (option) => void navigate(option.href),
  });
  const { setActive } = combobox;

  // A new answer starts with no active option: the arrow keys enter the list afresh.
  useEffect(() => setActive(-1), [suggestions.data, setActive]);

  const status =
    !combobox.isOpen || !isSearchable || suggestions.isPlaceholderData
      ? null
      : suggestions.isError
        ? t('search.failed')
        : suggestions.isSuccess
          ? options.length > 0
            ? t('search.count', { count: options.length })
            : t('search.nothing')
          : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (combobox.activeOption) return combobox.choose(combobox.activeOption);
    void navigate(freeTextHref(text));
  };

  return (
    <ComboboxSearch
      combobox={combobox}
      label={t('search.label')}
      hint={t('search.hint')}
      listLabel={t('search.suggestions')}
      submitLabel={t('common.search')}
      onSubmit={submit}
      status={status}
    >
      {groups.map((group) => (
        // biome-ignore lint/a11y/useSemanticElements: a listbox's groups are role=group (ARIA 1.2); a fieldset is for form controls.
        <div
          key={group.kind}
          role="group"
          aria-labelledby={`${combobox.ids.listbox}-${group.kind}`}
          className="site-search__group"
        >
          <div
            id={`${combobox.ids.listbox}-${group.kind}`}
            role="presentation"
            className="site-search__group-title"
          >
            {t(`search.groups.${group.kind}`)}
          </div>
          {group.options.map((option) => (
            // biome-ignore lint/a11y/useFocusableInteractive: the field keeps the focus; aria-activedescendant points at the option (combobox pattern).
            <div
              key={option.key}
              {...combobox.optionProps(option)}
              role="option"
              className="site-search__option"
            >
              <span className="site-search__option-label">{option.label}</span>
              {option.detail ? <span className="site-search__option-detail">{option.detail}</span> : null}
            </div>
          ))}
        </div>
      ))}
    </ComboboxSearch>
  );
}
