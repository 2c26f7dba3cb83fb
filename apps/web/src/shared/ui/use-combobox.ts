import { type KeyboardEvent, type MouseEvent, useId, useState } from 'react';

/** The next active option for an arrow key: into the list from its end, round at the ends; none when empty. */
export function moveActive(active: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (active < 0) return step === 1 ? 0 : count - 1;
  return (active + step + count) % count;
}

/**
 * The state and ARIA wiring of a WAI-ARIA 1.2 combobox with a listbox popup, for a field that keeps the
 * focus while ↓/↑ move through the options (`aria-activedescendant`): Alt+↓ only opens the list, Escape
 * closes it and, when it is closed already, clears the field. Enter is the caller's (`onEnter`): a search
 * form submits, a reference field chooses. Spread `inputProps` on the `<input>`, `listboxProps` on the
 * popup (`role="listbox"`, always rendered, so that aria-controls points at something) and
 * `optionProps(option)` on each `role="option"` (the roles written where the linter sees them); `ids.hint` names the hint the field is described by. `setActive(-1)` when new options
 * arrive from the server, so that the arrows enter the list afresh.
 */
export function useCombobox<T>({
  text,
  setText,
  options,
  optionKey,
  onChoose,
  onEnter,
}: {
  /** The field's text, owned by the caller: the options usually depend on it. */
  text: string;
  setText: (text: string) => void;
  options: readonly T[];
  optionKey: (option: T) => string;
  onChoose: (option: T) => void;
  onEnter?: (active: T | undefined, event: KeyboardEvent<HTMLInputElement>) => void;
}) {
  const baseId = useId();
  const ids = { input: `${baseId}-input`, listbox: `${baseId}-listbox`, hint: `${baseId}-hint` };
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const isExpanded = isOpen && options.length > 0;
  const activeOption = isExpanded ? options[active] : undefined;
  const optionId = (option: T) => `${baseId}-${optionKey(option)}`;

  const close = () => {
    setIsOpen(false);
    setActive(-1);
  };
  const choose = (option: T) => {
    close();
    onChoose(option);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!isOpen) {
        setIsOpen(true);
        if (event.altKey) return;
      }
      setActive((current) => moveActive(current, options.length, event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      onEnter?.(activeOption, event);
    } else if (event.key === 'Escape') {
      if (isExpanded) {
        event.preventDefault();
        close();
      } else if (text !== '') {
        event.preventDefault();
        setText('');
      }
    }
  };

  return {
    ids,
    isOpen,
    setActive,
    isExpanded,
    activeOption,
    choose,
    close,
    inputProps: {
      id: ids.input,
      type: 'text',
      role: 'combobox',
      'aria-autocomplete': 'list' as const,
      'aria-expanded': isExpanded,
      'aria-controls': ids.listbox,
      'aria-activedescendant': activeOption ? optionId(activeOption) : undefined,
      'aria-describedby': ids.hint,
      autoComplete: 'off',
      maxLength: 100,
      value: text,
      onChange: (event: { target: { value: string } }) => {
        setText(event.target.value);
        setActive(-1);
        setIsOpen(true);
      },
      onKeyDown,
      onBlur: () => setIsOpen(false),
    },
    listboxProps: { id: ids.listbox, hidden: !isExpanded },
    optionProps: (option: T) => ({
      id: optionId(option),
      'aria-selected': option === activeOption,
      // The field keeps the focus (and the list stays open) while the pointer chooses.
      onMouseDown: (event: MouseEvent) => event.preventDefault(),
      onClick: () => choose(option),
    }),
  };
}
