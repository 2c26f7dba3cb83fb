import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LiveStatus } from '../../shared/ui/live-status';
import { useCombobox } from '../../shared/ui/use-combobox';
import { searchCabinet } from './cabinet-search-index';
import '../search/search.css';

/**
 * «Поиск по кабинету»: the cabinet's sections by the words people use, searched in the browser (nothing is
 * sent). A WAI-ARIA 1.2 combobox as the home search is: the focus stays in the field, ↓/↑ move through the
 * options, Enter opens the active one (or the first), Escape closes the list and then clears the field.
 */
export function CabinetSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const options = searchCabinet(text);
  const combobox = useCombobox({
    text,
    setText,
    options,
    optionKey: (section) => section.id,
    onChoose: (section) => void navigate(section.href),
  });
  const status =
    combobox.isOpen && text.trim().length >= 2
      ? options.length
        ? t('patientHome.searchFound', { count: options.length })
        : t('patientHome.searchNothing')
      : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = combobox.activeOption ?? options[0];
    if (target) combobox.choose(target);
  };

  return (
    <search className="site-search cabinet-search">
      <form className="site-search__form" onSubmit={submit}>
        <label htmlFor={combobox.ids.input} className="field__label">
          {t('patientHome.searchLabel')}
        </label>
        <p id={combobox.ids.hint} className="field__hint">
          {t('patientHome.searchHint')}
        </p>
        <div className="site-search__row">
          <div className="site-search__box">
            <input
              {...combobox.inputProps}
              className="field__input site-search__input"
              enterKeyHint="search"
            />
            <div
              {...combobox.listboxProps}
              role="listbox"
              aria-label={t('patientHome.searchOptions')}
              className="site-search__listbox"
            >
              {options.map((section) => (
                // biome-ignore lint/a11y/useFocusableInteractive: the field keeps the focus; aria-activedescendant points at the option (combobox pattern).
                <div
                  key={section.id}
                  {...combobox.optionProps(section)}
                  role="option"
                  className="site-search__option"
                >
                  <span className="site-search__option-label">{t(section.label)}</span>
                </div>
              ))}
            </div>
          </div>
          <button type="submit" className="button button--primary">
            {t('patientHome.searchOpen')}
          </button>
        </div>
        <LiveStatus className="visually-hidden">{status}</LiveStatus>
      </form>
    </search>
  );
}
