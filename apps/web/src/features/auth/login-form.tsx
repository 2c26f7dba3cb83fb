import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../shared/ui/form-alert';
import { focusFirstInvalid, TextField } from '../../shared/ui/text-field';
import { authApi } from './auth.api';
import type { TLoginResponse } from './auth.types';
import { errorCode, retryAfterMinutes } from './form-errors';

interface LoginFormProps {
  onLoggedIn: (response: TLoginResponse) => void;
}

/** Step 1 of logging in: phone, email or SNILS, and the password. */
export function LoginForm({ onLoggedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ login?: string; password?: string }>({});

  const mutation = useMutation({
    mutationFn: () => authApi.login(login.trim(), password),
    onSuccess: onLoggedIn,
    onError: () => {
      // The alert is announced; the password is what to type again.
      setPassword('');
      document.getElementById('login-password')?.focus();
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      login: login.trim() === '' ? t('auth.validation.loginRequired') : undefined,
      password: password === '' ? t('auth.validation.passwordRequired') : undefined,
    };
    setErrors(found);
    if (found.login || found.password) {
      // Wait for the errors to render before moving the focus to the first of them.
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    mutation.mutate();
  };

  const wait = errorCode(mutation.error) === 'LOGIN_THROTTLED' ? retryAfterMinutes(mutation.error) : null;

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      <FormAlert
        error={mutation.error}
        message={wait !== null ? t('auth.login.throttled', { count: wait }) : null}
      />
      <TextField
        id="login-login"
        label={t('auth.fields.login')}
        hint={t('auth.fields.loginHint')}
        value={login}
        onChange={(event) => setLogin(event.target.value)}
        error={errors.login}
        autoComplete="username"
        spellCheck={false}
        autoCapitalize="off"
        required
      />
      <TextField
        id="login-password"
        type="password"
        label={t('auth.fields.password')}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.password}
        autoComplete="current-password"
        required
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('auth.login.submitting') : t('auth.login.submit')}
        </button>
      </div>
    </form>
  );
}
