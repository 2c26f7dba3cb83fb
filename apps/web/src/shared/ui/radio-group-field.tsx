import type { ReactNode, Ref } from 'react';
import { FieldError } from './text-field';

interface RadioGroupFieldProps<V extends string> {
  /** Base of the ids; `${id}-error` is the error line. The first radio takes the focus when invalid. */
  id: string;
  name: string;
  legend: string;
  options: readonly { value: V; label: ReactNode }[];
  value: V | '';
  onChange: (value: V) => void;
  error?: string | null | undefined;
  hint?: ReactNode;
  /** One option per line (long labels) instead of side by side. */
  isStacked?: boolean;
  /** The first radio: a form library focuses it when the group is invalid (react-hook-form's `field.ref`). */
  inputRef?: Ref<HTMLInputElement>;
}

/** Native radios in a fieldset with a visible legend, its hint and its error, as the registration form has. */
export function RadioGroupField<V extends string>({
  id,
  name,
  legend,
  options,
  value,
  onChange,
  error,
  hint,
  isStacked = false,
  inputRef,
}: RadioGroupFieldProps<V>) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return (
    <fieldset
      className={isStacked ? 'radio-group radio-group--stacked' : 'radio-group'}
      aria-describedby={describedBy || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint radio-group__hint">
          {hint}
        </p>
      ) : null}
      {options.map((option, index) => (
        <label key={option.value} className="choice">
          <input
            id={index === 0 ? id : undefined}
            ref={index === 0 ? inputRef : undefined}
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            data-invalid={index === 0 && error ? true : undefined}
          />
          {option.label}
        </label>
      ))}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
