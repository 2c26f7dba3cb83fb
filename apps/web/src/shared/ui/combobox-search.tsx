import type { FormEvent, ReactNode } from 'react';
import { LiveStatus } from './live-status';
import type { useCombobox } from './use-combobox';
import './combobox-search.css';

interface ComboboxSearchProps {
  /** The combobox state of `useCombobox`: the field's, the listbox's and the ids' props. */
  combobox: Pick<ReturnType<typeof useCombobox>, 'ids' | 'inputProps' | 'listboxProps'>;
  label: string;
  hint: string;
  /** The listbox's accessible name. */
  listLabel: string;
  submitLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Announced politely: how many options were found, or that none were. */
  status: string | null;
  className?: string;
  /** The options (or groups of options) inside the listbox. */
  children: ReactNode;
}

/**
 * A search landmark around a WAI-ARIA 1.2 combobox: the labelled field with its hint, the listbox the caller
 * fills, the submit button and the polite count. The home search and the cabinet's search share it.
 */
export function ComboboxSearch(props: ComboboxSearchProps) {
  const { combobox } = props;
  return (
    <search className={props.className ? `site-search ${props.className}` : 'site-search'}>
      <form className="site-search__form" onSubmit={props.onSubmit}>
        <label htmlFor={combobox.ids.input} className="field__label">
          {props.label}
        </label>
        <p id={combobox.ids.hint} className="field__hint">
          {props.hint}
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
              aria-label={props.listLabel}
              className="site-search__listbox"
            >
              {props.children}
            </div>
          </div>
          <button type="submit" className="button button--primary">
            {props.submitLabel}
          </button>
        </div>
        <LiveStatus className="visually-hidden">{props.status}</LiveStatus>
      </form>
    </search>
  );
}
