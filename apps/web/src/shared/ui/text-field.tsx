import type { ComponentPropsWithRef, ReactNode } from 'react';

// With the input's `ref`, so that a form library's `register(name)` can be spread on the field.
interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'className'> {
  /** Also the base of the hint and error ids; forms focus the first invalid field by it. */
  id: string;
  label: string;
  /** Shown under the label: the expected format, an example. */
  hint?: ReactNode;
  /** The message of an invalid value; marks the field invalid and is read with it. */
  error?: string | null | undefined;
  /** Further descriptions read with the field (a password checklist). */
  describedBy?: string | undefined;
  className?: string;
}

/**
 * A labelled text input with its hint and error. The error sits next to the field, is tied to it with
 * aria-describedby and marks it aria-invalid, so a screen reader reads label, value, error and hint.
 */
export function TextField({ id, label, hint, error, describedBy, className, ...input }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedByIds = [error ? errorId : null, hint ? hintId : null, describedBy ?? null].filter(Boolean);
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <FieldLabel htmlFor={id} label={label} hint={hint} hintId={hintId} />
      <input
        {...input}
        id={id}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByIds.length > 0 ? describedByIds.join(' ') : undefined}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** The label of a field, with its hint under it when there is one (`hintId` ties the hint to the control). */
export function FieldLabel(props: { htmlFor: string; label: string; hint?: ReactNode; hintId: string }) {
  const { htmlFor, label, hint, hintId } = props;
  return (
    <>
      <label htmlFor={htmlFor} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
    </>
  );
}

/** The error line of a field; empty (and not rendered) when the value is fine. */
export function FieldError({ id, message }: { id: string; message?: string | null | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field__error">
      {message}
    </p>
  );
}

/**
 * Moves the focus to the first invalid control of a form (DOM order = reading order). Call it after the
 * errors have rendered, e.g. from an effect.
 */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]')?.focus();
}
