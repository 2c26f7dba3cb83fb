import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { focusFirstInvalid, TextField } from '../../shared/ui/text-field';
import type { TMe } from '../auth/auth.types';
import { fieldErrorsOf } from '../auth/form-errors';
import { PasswordChecklist } from '../auth/password-checklist';
import { isPasswordStrong, PATIENT_MIN_LENGTH, STAFF_MIN_LENGTH } from '../auth/password-rules';
import { accountApi } from './account.api';

const FIELDS = ['currentPassword', 'newPassword', 'passwordRepeat'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: Record<Field, string> = { currentPassword: '', newPassword: '', passwordRepeat: '' };

/** «Смена пароля»: the current one, a new one that meets the rule for the account's roles, repeated. */
export function PasswordSection({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [focusRequest, setFocusRequest] = useState(0);
  const [status, setStatus] = useState('');
  const isStaff = me.roles.some((item) => item.role !== 'patient');
  const minLength = isStaff ? STAFF_MIN_LENGTH : PATIENT_MIN_LENGTH;

  useEffect(() => {
    if (focusRequest > 0) focusFirstInvalid(formRef.current);
  }, [focusRequest]);

  const change = useMutation({
    mutationFn: () => accountApi.changePassword(values.currentPassword, values.newPassword),
    onSuccess: () => {
      setValues(EMPTY);
      setErrors({});
      setStatus(t('security.password.changed'));
    },
    onError: (error) => {
      const found = fieldErrorsOf(error, FIELDS, {
        PASSWORD_MISMATCH: 'currentPassword',
        INVALID_CREDENTIALS: 'currentPassword',
        WEAK_PASSWORD: 'newPassword',
        COMMON_PASSWORD: 'newPassword',
      });
      setErrors(found);
      if (Object.keys(found).length > 0) setFocusRequest((n) => n + 1);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus('');
    const found: Partial<Record<Field, string>> = {};
    if (values.currentPassword === '') found.currentPassword = t('auth.validation.passwordRequired');
    if (!isPasswordStrong(values.newPassword, minLength))
      found.newPassword = t('auth.validation.passwordWeak');
    if (values.passwordRepeat !== values.newPassword)
      found.passwordRepeat = t('auth.validation.passwordMismatch');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFocusRequest((n) => n + 1);
      return;
    }
    change.mutate();
  };

  const field = (name: Field) => ({
    id: `change-${name}`,
    type: 'password',
    value: values[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
    required: true,
  });

  return (
    <section className="section" aria-labelledby="password-title">
      <h2 id="password-title">{t('security.password.title')}</h2>
      <p className="hint">{t('security.password.lead')}</p>
      <LiveStatus>{status}</LiveStatus>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert error={change.isError && Object.keys(errors).length === 0 ? change.error : null} />
        <TextField
          {...field('currentPassword')}
          label={t('auth.fields.currentPassword')}
          autoComplete="current-password"
        />
        <TextField
          {...field('newPassword')}
          label={t('auth.fields.newPassword')}
          autoComplete="new-password"
          describedBy="change-password-rule"
        />
        <PasswordChecklist id="change-password-rule" password={values.newPassword} minLength={minLength} />
        <TextField
          {...field('passwordRepeat')}
          label={t('auth.fields.passwordRepeat')}
          autoComplete="new-password"
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={change.isPending}>
            {t('security.password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
