import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ComboboxSearch } from '../../shared/ui/combobox-search';
import { useCombobox } from '../../shared/ui/use-combobox';
import { searchCabinet } from './cabinet-search-index';

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
    <ComboboxSearch
      className="cabinet-search"
      combobox={combobox}
      label={t('patientHome.searchLabel')}
      hint={t('patientHome.searchHint')}
      listLabel={t('patientHome.searchOptions')}
      submitLabel={t('patientHome.searchOpen')}
      onSubmit={submit}
      status={status}
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
    </ComboboxSearch>
  );
}
