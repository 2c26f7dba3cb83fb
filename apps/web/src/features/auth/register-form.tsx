import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/ui/error-message';
import { FormAlert } from '../../shared/ui/form-alert';
import { FieldError, focusFirstInvalid, TextField } from '../../shared/ui/text-field';
import { authApi, authQueries } from './auth.api';
import type { TRegisterResponse } from './auth.types';
import { fieldErrorsOf } from './form-errors';
import { PasswordChecklist } from './password-checklist';
import {
  EMPTY_REGISTER_VALUES,
  REGISTER_FIELDS,
  type RegisterField,
  type RegisterValues,
  toRegisterRequest,
  validateRegister,
  validateRegisterField,
} from './register-form.model';

/** Problem codes that concern one field: their `detail` is shown next to it. */
const CODE_FIELDS: Readonly<Record<string, RegisterField>> = {
  SNILS_ALREADY_REGISTERED: 'snils',
  PHONE_ALREADY_REGISTERED: 'phone',
  EMAIL_ALREADY_REGISTERED: 'email',
  WEAK_PASSWORD: 'password',
  COMMON_PASSWORD: 'password',
  CONSENT_REQUIRED: 'consent',
};

const id = (field: RegisterField) => `register-${field}`;

interface RegisterFormProps {
  onRegistered: (registration: TRegisterResponse) => void;
}

/**
 * Step 1 of registration. Fields are checked on leaving them with the server's own rules, all at once on
 * submit, and again by the server; every error sits next to its field and the first one takes the focus.
 */
export function RegisterForm({ onRegistered }: RegisterFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<RegisterValues>(EMPTY_REGISTER_VALUES);
  const [errors, setErrors] = useState<Partial<Record<RegisterField, string>>>({});
  const [dirty, setDirty] = useState<ReadonlySet<RegisterField>>(new Set());
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest > 0) focusFirstInvalid(formRef.current);
  }, [focusRequest]);

  const register = useMutation({
    mutationFn: authApi.register,
    onSuccess: onRegistered,
    onError: (error) => {
      const serverErrors = fieldErrorsOf(error, REGISTER_FIELDS, CODE_FIELDS);
      if (Object.keys(serverErrors).length > 0) {
        setErrors(serverErrors);
        setFocusRequest((n) => n + 1);
      }
    },
  });
  const hasFieldErrors = Object.keys(errors).length > 0;

  const check = (field: RegisterField, next: RegisterValues) =>
    setErrors((current) => {
      const message = validateRegisterField(field, next, t);
      const { [field]: _, ...rest } = current;
      return message ? { ...rest, [field]: message } : rest;
    });

  const change = <F extends RegisterField>(field: F, value: RegisterValues[F]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    setDirty((current) => new Set(current).add(field));
    // An error already shown follows the typing, so the user sees it go away once the value is right.
    if (errors[field]) check(field, next);
    if (field === 'password' && errors.passwordRepeat) check('passwordRepeat', next);
  };

  // Checked when leaving a field that was typed in: tabbing through empty fields is not a mistake.
  const blur = (field: RegisterField) => {
    if (dirty.has(field)) check(field, values);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateRegister(values, t);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFocusRequest((n) => n + 1);
      return;
    }
    register.mutate(toRegisterRequest(values));
  };

  const text = (field: Exclude<RegisterField, 'sex' | 'consent'>) => ({
    id: id(field),
    value: values[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
    onBlur: () => blur(field),
  });

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-describedby="register-required">
      <p id="register-required" className="hint">
        {t('auth.register.requiredNote')}
      </p>
      <FormAlert error={register.isError && !hasFieldErrors ? register.error : null} />

      <fieldset className="form__group">
        <legend className="form__legend">{t('auth.register.personal')}</legend>
        <TextField
          {...text('surname')}
          label={t('auth.fields.surname')}
          autoComplete="family-name"
          required
        />
        <TextField {...text('name')} label={t('auth.fields.name')} autoComplete="given-name" required />
        <TextField
          {...text('patronymic')}
          label={t('auth.fields.patronymicOptional')}
          hint={t('auth.fields.patronymicHint')}
          autoComplete="additional-name"
        />
        <TextField
          {...text('birthDate')}
          label={t('auth.fields.birthDate')}
          hint={t('auth.fields.birthDateHint')}
          autoComplete="bday"
          inputMode="decimal"
          required
        />
        <fieldset className="radio-group" aria-describedby={errors.sex ? `${id('sex')}-error` : undefined}>
          <legend className="field__label">{t('auth.fields.sex')}</legend>
          {(['female', 'male'] as const).map((sex, index) => (
            <label key={sex} className="choice">
              <input
                type="radio"
                name="sex"
                value={sex}
                checked={values.sex === sex}
                onChange={() => change('sex', sex)}
                data-invalid={index === 0 && errors.sex ? true : undefined}
              />
              {t(`auth.fields.sexValue.${sex}`)}
            </label>
          ))}
          <FieldError id={`${id('sex')}-error`} message={errors.sex} />
        </fieldset>
      </fieldset>

      <fieldset className="form__group">
        <legend className="form__legend">{t('auth.register.documents')}</legend>
        <TextField
          {...text('snils')}
          label={t('auth.fields.snils')}
          hint={t('auth.fields.snilsHint')}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <TextField
          {...text('oms')}
          label={t('auth.fields.omsOptional')}
          hint={t('auth.fields.omsHint')}
          inputMode="numeric"
          autoComplete="off"
        />
      </fieldset>

      <fieldset className="form__group">
        <legend className="form__legend">{t('auth.register.contacts')}</legend>
        <TextField
          {...text('phone')}
          type="tel"
          label={t('auth.fields.phone')}
          hint={t('auth.fields.phoneHint')}
          autoComplete="tel"
          required
        />
        <TextField
          {...text('email')}
          type="email"
          label={t('auth.fields.emailOptional')}
          autoComplete="email"
          spellCheck={false}
        />
      </fieldset>

      <fieldset className="form__group">
        <legend className="form__legend">{t('auth.register.passwordGroup')}</legend>
        <TextField
          {...text('password')}
          type="password"
          label={t('auth.fields.password')}
          autoComplete="new-password"
          describedBy="register-password-rule"
          required
        />
        <PasswordChecklist id="register-password-rule" password={values.password} />
        <TextField
          {...text('passwordRepeat')}
          type="password"
          label={t('auth.fields.passwordRepeat')}
          autoComplete="new-password"
          required
        />
      </fieldset>

      <div className="field consent">
        <label className="choice">
          <input
            id={id('consent')}
            type="checkbox"
            checked={values.consent}
            onChange={(event) => change('consent', event.target.checked)}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? `${id('consent')}-error` : undefined}
            required
          />
          {t('auth.consent.label')}
        </label>
        <ConsentText />
        <FieldError id={`${id('consent')}-error`} message={errors.consent} />
      </div>

      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={register.isPending}>
          {register.isPending ? t('auth.register.submitting') : t('auth.register.submit')}
        </button>
      </div>
    </form>
  );
}

/**
 * «Текст согласия» in a disclosure next to the checkbox: the version in force, read from the server, so
 * that the text shown is the text whose version the server records with the consent.
 */
function ConsentText() {
  const { t } = useTranslation();
  const consent = useQuery(authQueries.consent());
  return (
    <details className="disclosure">
      <summary>{t('auth.consent.show')}</summary>
      <div className="disclosure__body">
        {consent.data ? (
          <>
            {consent.data.text
              .split(/\n\s*\n/)
              .filter((paragraph) => paragraph.trim() !== '')
              .map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
            <p className="hint">{t('auth.consent.version', { version: consent.data.version })}</p>
          </>
        ) : consent.isError ? (
          <ErrorMessage
            error={consent.error}
            title={t('auth.consent.failed')}
            onRetry={() => void consent.refetch()}
            headingLevel={3}
          />
        ) : (
          <p>{t('auth.consent.loading')}</p>
        )}
      </div>
    </details>
  );
}
