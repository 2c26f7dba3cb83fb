import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../shared/ui/form-alert';
import { TextField } from '../../shared/ui/text-field';
import { fieldErrorsOf } from '../auth/form-errors';

interface PasswordConfirmFormProps {
  id: string;
  /** What the form does, the label of its button: «Отключить приложение». */
  action: string;
  isPending: boolean;
  error: unknown;
  onSubmit: (password: string) => void;
}

/** A sensitive change confirmed with the current password. */
export function PasswordConfirmForm({ id, action, isPending, error, onSubmit }: PasswordConfirmFormProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const serverError = fieldErrorsOf(error, ['password'], {
    PASSWORD_MISMATCH: 'password',
    INVALID_CREDENTIALS: 'password',
  }).password;
  const fieldError = missing ? t('auth.validation.passwordRequired') : serverError;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(password === '');
    if (password === '') {
      document.getElementById(id)?.focus();
      return;
    }
    onSubmit(password);
  };

  return (
    <form className="form form--inline" onSubmit={submit} noValidate>
      <FormAlert error={serverError ? null : error} />
      <TextField
        id={id}
        type="password"
        label={t('auth.fields.currentPassword')}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={fieldError}
        autoComplete="current-password"
        required
      />
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={isPending}>
          {action}
        </button>
      </div>
    </form>
  );
}
