import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { authApi } from './auth.api';
import type { TLoginResponse, TMfaMethod } from './auth.types';
import { CodeField } from './code-field';
import { errorCode, retryAfterMinutes } from './form-errors';

const METHOD_ORDER: readonly TMfaMethod[] = ['totp', 'sms', 'recovery'];
const CODE_ID = 'mfa-code';

interface MfaStepProps {
  methods: readonly TMfaMethod[];
  onLoggedIn: (response: TLoginResponse) => void;
}

/** Step 2 of logging in: a code from the authenticator app, an SMS or a recovery code. */
export function MfaStep({ methods, onLoggedIn }: MfaStepProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const available = METHOD_ORDER.filter((method) => methods.includes(method));
  const [method, setMethod] = useState<TMfaMethod>(available[0] ?? 'totp');
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const verify = useMutation({
    mutationFn: () => authApi.loginMfa({ method, code }),
    onSuccess: onLoggedIn,
    onError: (error) => {
      if (errorCode(error) === 'CODE_INVALID' || errorCode(error) === 'VALIDATION') {
        setCodeError(error.message);
        document.getElementById(CODE_ID)?.focus();
      }
    },
  });

  const sendSms = useMutation({
    mutationFn: authApi.sendMfaSms,
    onSuccess: ({ codeSentTo }) => {
      setStatus(t('auth.code.sentTo', { phone: codeSentTo }));
      document.getElementById(CODE_ID)?.focus();
    },
  });

  const choose = (next: TMfaMethod) => {
    setMethod(next);
    setCode('');
    setCodeError(null);
    verify.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const isValid = method === 'recovery' ? /^[\dA-Za-z-]{6,20}$/.test(code) : /^\d{6}$/.test(code);
    if (!isValid) {
      setCodeError(
        method === 'recovery' ? t('auth.validation.recoveryFormat') : t('auth.validation.codeFormat'),
      );
      document.getElementById(CODE_ID)?.focus();
      return;
    }
    setCodeError(null);
    verify.mutate();
  };

  const failed = (verify.isError && !codeError ? verify.error : null) ?? sendSms.error;
  const wait = retryAfterMinutes(failed);

  return (
    <section aria-labelledby="mfa-title">
      <h2 id="mfa-title" ref={headingRef} tabIndex={-1}>
        {t('auth.mfa.title')}
      </h2>
      <p>{t('auth.mfa.lead')}</p>
      <LiveStatus>{status}</LiveStatus>
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert
          error={failed}
          message={
            failed && wait !== null
              ? `${failed.message} ${t('auth.errors.waitMinutes', { count: wait })}`
              : null
          }
        />
        {available.length > 1 ? (
          <fieldset className="radio-group">
            <legend className="field__label">{t('auth.mfa.method')}</legend>
            {available.map((item) => (
              <label key={item} className="choice">
                <input
                  type="radio"
                  name="mfa-method"
                  value={item}
                  checked={method === item}
                  onChange={() => choose(item)}
                />
                {t(`auth.mfa.methods.${item}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
        {method === 'sms' ? (
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => sendSms.mutate()}
              disabled={sendSms.isPending}
            >
              {sendSms.isSuccess ? t('auth.mfa.sendAgain') : t('auth.mfa.send')}
            </button>
          </p>
        ) : null}
        <CodeField
          id={CODE_ID}
          label={t(`auth.mfa.codeLabel.${method}`)}
          hint={t(`auth.mfa.codeHint.${method}`)}
          value={code}
          onChange={setCode}
          error={codeError}
          isNumeric={method !== 'recovery'}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={verify.isPending}>
            {t('auth.mfa.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
