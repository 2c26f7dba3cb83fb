import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LiveStatus } from '../../shared/ui/live-status';
import { type CabinetSection, searchCabinet } from './cabinet-search-index';
import '../search/search.css';

/**
 * «Поиск по кабинету»: the cabinet's sections by the words people use, searched in the browser (nothing is
 * sent). A WAI-ARIA 1.2 combobox as the home search is: the focus stays in the field, ↓/↑ move through the
 * options, Enter opens the active one (or the first), Escape closes the list and then clears the field.
 */
export function CabinetSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listboxId = `${baseId}-listbox`;
  const [text, setText] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = searchCabinet(text);
  const isExpanded = isOpen && options.length > 0;
  const activeOption = isExpanded ? options[active] : undefined;
  const optionId = (s: CabinetSection) => `${baseId}-${s.id}`;
  const status =
    isOpen && text.trim().length >= 2
      ? options.length
        ? t('patientHome.searchFound', { count: options.length })
        : t('patientHome.searchNothing')
      : null;

  const choose = (section: CabinetSection) => {
    setIsOpen(false);
    void navigate(section.href);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = activeOption ?? options[0];
    if (target) choose(target);
    else setIsOpen(true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setIsOpen(true);
      if (!options.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) =>
        current < 0 && step < 0 ? options.length - 1 : (current + step + options.length) % options.length,
      );
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (isExpanded) {
        setIsOpen(false);
        setActive(-1);
      } else setText('');
    }
  };

  return (
    <search className="site-search cabinet-search">
      <form className="site-search__form" onSubmit={submit}>
        <label htmlFor={inputId} className="field__label">
          {t('patientHome.searchLabel')}
        </label>
        <p id={`${baseId}-hint`} className="field__hint">
          {t('patientHome.searchHint')}
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
              aria-describedby={`${baseId}-hint`}
              autoComplete="off"
              enterKeyHint="search"
              maxLength={100}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setActive(-1);
                setIsOpen(true);
              }}
              onKeyDown={onKeyDown}
              onBlur={() => setIsOpen(false)}
            />
            <div
              id={listboxId}
              role="listbox"
              aria-label={t('patientHome.searchOptions')}
              className="site-search__listbox"
              hidden={!isExpanded}
            >
              {options.map((section) => (
                // biome-ignore lint/a11y/useFocusableInteractive: the field keeps the focus; aria-activedescendant points at the option (combobox pattern).
                // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are handled by the combobox field, which owns the focus.
                <div
                  key={section.id}
                  id={optionId(section)}
                  role="option"
                  aria-selected={section === activeOption}
                  className="site-search__option"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(section)}
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
