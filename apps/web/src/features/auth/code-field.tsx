import { TextField } from '../../shared/ui/text-field';

interface CodeFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null | undefined;
  hint?: string;
  /** A 6-digit code from an SMS or an app; false for a recovery code (letters and hyphens). */
  isNumeric?: boolean;
}

/**
 * A one-time code: numeric keyboard on phones and `one-time-code` autocomplete, so iOS and Android offer
 * the code from the SMS. Spaces and hyphens people copy with the code are dropped.
 */
export function CodeField({ id, label, value, onChange, error, hint, isNumeric = true }: CodeFieldProps) {
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      error={error}
      className={isNumeric ? 'code-field' : 'code-field code-field--wide'}
      value={value}
      onChange={(event) =>
        onChange(isNumeric ? event.target.value.replace(/\D/g, '').slice(0, 6) : event.target.value.trim())
      }
      inputMode={isNumeric ? 'numeric' : 'text'}
      autoComplete={isNumeric ? 'one-time-code' : 'off'}
      pattern={isNumeric ? '[0-9]{6}' : undefined}
      maxLength={isNumeric ? 6 : 20}
      spellCheck={false}
      autoCapitalize="off"
      required
    />
  );
}
