import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { focusFirstInvalid, TextField } from '../../shared/ui/text-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { authApi, forgetSession } from './auth.api';
import type { TPasswordResetResponse } from './auth.types';
import { CodeField } from './code-field';
import { fieldErrorsOf, retryAfterMinutes } from './form-errors';
import { PasswordChecklist } from './password-checklist';
import { isPasswordStrong } from './password-rules';
import './auth.css';

type Step = { name: 'login' } | { name: 'confirm'; reset: TPasswordResetResponse } | { name: 'done' };

/** `/recover`: the login, then the code and a new password; every session ends and the user logs in again. */
export function RecoverPage() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ name: 'login' });
  useDocumentTitle(t('auth.recover.title'));
  return (
    <div className="page auth-page">
      <PageHeading>{t('auth.recover.title')}</PageHeading>
      {step.name === 'login' ? (
        <RecoverLoginStep onSent={(reset) => setStep({ name: 'confirm', reset })} />
      ) : null}
      {step.name === 'confirm' ? (
        <RecoverConfirmStep reset={step.reset} onDone={() => setStep({ name: 'done' })} />
      ) : null}
      {step.name === 'done' ? <RecoverDone /> : null}
    </div>
  );
}

function RecoverLoginStep({ onSent }: { onSent: (reset: TPasswordResetResponse) => void }) {
  const { t } = useTranslation();
  const [login, setLogin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const request = useMutation({
    mutationFn: () => authApi.requestPasswordReset(login.trim()),
    onSuccess: onSent,
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.trim() === '') {
      setError(t('auth.validation.loginRequired'));
      document.getElementById('recover-login')?.focus();
      return;
    }
    setError(null);
    request.mutate();
  };

  const wait = retryAfterMinutes(request.error);
  return (
    <>
      <p className="page-lead">{t('auth.recover.lead')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert
          error={request.error}
          message={wait !== null ? t('auth.errors.tooManyAttempts', { count: wait }) : null}
        />
        <TextField
          id="recover-login"
          label={t('auth.fields.login')}
          hint={t('auth.fields.loginHint')}
          value={login}
          onChange={(event) => setLogin(event.target.value)}
          error={error}
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="off"
          required
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={request.isPending}>
            {t('auth.recover.send')}
          </button>
          <Link to="/login">{t('auth.recover.backToLogin')}</Link>
        </div>
      </form>
    </>
  );
}

const CONFIRM_FIELDS = ['code', 'password', 'passwordRepeat'] as const;
type ConfirmField = (typeof CONFIRM_FIELDS)[number];

function RecoverConfirmStep({ reset, onDone }: { reset: TPasswordResetResponse; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<Record<ConfirmField, string>>({
    code: '',
    password: '',
    passwordRepeat: '',
  });
  const [errors, setErrors] = useState<Partial<Record<ConfirmField, string>>>({});
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (focusRequest > 0) focusFirstInvalid(formRef.current);
  }, [focusRequest]);

  const confirm = useMutation({
    mutationFn: () => authApi.confirmPasswordReset(reset.resetId, values.code, values.password),
    onSuccess: () => {
      forgetSession(queryClient);
      onDone();
    },
    onError: (error) => {
      const found = fieldErrorsOf(error, CONFIRM_FIELDS, {
        CODE_INVALID: 'code',
        WEAK_PASSWORD: 'password',
        COMMON_PASSWORD: 'password',
      });
      if (Object.keys(found).length > 0) {
        setErrors(found);
        setFocusRequest((n) => n + 1);
      }
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<ConfirmField, string>> = {};
    if (!/^\d{6}$/.test(values.code)) found.code = t('auth.validation.codeFormat');
    if (!isPasswordStrong(values.password)) found.password = t('auth.validation.passwordWeak');
    if (values.passwordRepeat !== values.password)
      found.passwordRepeat = t('auth.validation.passwordMismatch');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFocusRequest((n) => n + 1);
      return;
    }
    confirm.mutate();
  };

  const set = (field: ConfirmField) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const hasFieldErrors = Object.keys(errors).length > 0;
  const wait = retryAfterMinutes(confirm.error);

  return (
    <section aria-labelledby="recover-confirm-title">
      <h2 id="recover-confirm-title" ref={headingRef} tabIndex={-1}>
        {t('auth.recover.confirmTitle')}
      </h2>
      <LiveStatus>{t('auth.recover.sentTo')}</LiveStatus>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert
          error={confirm.isError && !hasFieldErrors ? confirm.error : null}
          message={
            confirm.isError && !hasFieldErrors && wait !== null
              ? `${confirm.error.message} ${t('auth.errors.waitMinutes', { count: wait })}`
              : null
          }
        />
        <CodeField
          id="recover-code"
          label={t('auth.code.label')}
          hint={t('auth.code.hint')}
          value={values.code}
          onChange={set('code')}
          error={errors.code}
        />
        <TextField
          id="recover-password"
          type="password"
          label={t('auth.fields.newPassword')}
          value={values.password}
          onChange={(event) => set('password')(event.target.value)}
          error={errors.password}
          autoComplete="new-password"
          describedBy="recover-password-rule"
          required
        />
        <PasswordChecklist id="recover-password-rule" password={values.password} />
        <TextField
          id="recover-passwordRepeat"
          type="password"
          label={t('auth.fields.passwordRepeat')}
          value={values.passwordRepeat}
          onChange={(event) => set('passwordRepeat')(event.target.value)}
          error={errors.passwordRepeat}
          autoComplete="new-password"
          required
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={confirm.isPending}>
            {t('auth.recover.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

function RecoverDone() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} className="notice" tabIndex={-1}>
      <h2 className="notice__title">{t('auth.recover.doneTitle')}</h2>
      <p>{t('auth.recover.doneText')}</p>
      <p>
        <Link to="/login" className="button button--primary">
          {t('auth.login.submit')}
        </Link>
      </p>
    </div>
  );
}
