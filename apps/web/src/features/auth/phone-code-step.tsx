import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { formatSeconds, useCountdown } from '../../shared/ui/use-countdown';
import { acceptLogin, authApi } from './auth.api';
import type { TRegisterResponse } from './auth.types';
import { CodeField } from './code-field';
import { errorCode, retryAfterMinutes } from './form-errors';
import { AFTER_LOGIN_PATH } from './safe-next';

interface PhoneCodeStepProps {
  registration: TRegisterResponse;
  onResent: (registration: TRegisterResponse) => void;
}

/** Step 2 of registration: the 6-digit code from the SMS, with a resend once the pause is over. */
export function PhoneCodeStep({ registration, onResent }: PhoneCodeStepProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [status, setStatus] = useState(t('auth.code.sentTo', { phone: registration.codeSentTo }));
  const resendIn = useCountdown(registration.resendAfter);

  // The form above was replaced by this step: tell screen-reader users where they are now.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const confirm = useMutation({
    mutationFn: () => authApi.confirmRegistration(registration.registrationId, code),
    onSuccess: (response) => {
      acceptLogin(queryClient, response);
      navigate(AFTER_LOGIN_PATH, { state: { registered: true } });
    },
    onError: (error) => {
      if (errorCode(error) === 'CODE_INVALID' || errorCode(error) === 'VALIDATION') {
        setCodeError(error instanceof Error ? error.message : null);
        document.getElementById('register-code')?.focus();
      }
    },
  });

  const resend = useMutation({
    mutationFn: () => authApi.resendRegistration(registration.registrationId),
    onSuccess: (next) => {
      onResent(next);
      setCode('');
      setCodeError(null);
      confirm.reset();
      setStatus(t('auth.code.resent', { phone: next.codeSentTo }));
      document.getElementById('register-code')?.focus();
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      setCodeError(t('auth.validation.codeFormat'));
      document.getElementById('register-code')?.focus();
      return;
    }
    setCodeError(null);
    confirm.mutate();
  };

  const blocked = errorCode(confirm.error) === 'CODE_BLOCKED';
  const wait = retryAfterMinutes(confirm.error ?? resend.error);
  const formError = (confirm.isError && !codeError ? confirm.error : null) ?? resend.error;

  return (
    <section aria-labelledby="register-code-title">
      <h2 id="register-code-title" ref={headingRef} tabIndex={-1}>
        {t('auth.code.title')}
      </h2>
      <LiveStatus>{status}</LiveStatus>
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert
          error={formError}
          message={
            formError && wait !== null
              ? `${formError instanceof Error ? formError.message : ''} ${t('auth.errors.waitMinutes', { count: wait })}`
              : null
          }
        />
        <CodeField
          id="register-code"
          label={t('auth.code.label')}
          hint={t('auth.code.hint')}
          value={code}
          onChange={setCode}
          error={codeError}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={confirm.isPending || blocked}>
            {t('auth.code.confirm')}
          </button>
          {resendIn > 0 ? (
            <p className="hint">{t('auth.code.resendIn', { time: formatSeconds(resendIn) })}</p>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => resend.mutate()}
              disabled={resend.isPending}
            >
              {t('auth.code.resend')}
            </button>
          )}
        </div>
        <p className="hint">{t('auth.code.noCode')}</p>
      </form>
    </section>
  );
}
