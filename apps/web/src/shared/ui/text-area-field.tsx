import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldError, FieldLabel } from './text-field';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null | undefined;
}

/** A labelled multi-line field with its hint and error, tied together as in `TextField`. */
export function TextAreaField({ id, label, hint, error, ...textarea }: TextAreaFieldProps) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={label} hint={hint} hintId={`${id}-hint`} />
      <textarea
        {...textarea}
        id={id}
        className="field__input field__textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
