import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { refreshMe } from '../auth/auth.api';
import type { TMe, TTotpEnrolment } from '../auth/auth.types';
import { CodeField } from '../auth/code-field';
import { errorCode } from '../auth/form-errors';
import { accountApi } from './account.api';
import { PasswordConfirmForm } from './password-confirm-form';
import { RecoveryCodes } from './recovery-codes';

/** The QR code as an image: the server's SVG is never put into the page as markup. */
const svgDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** The secret in groups of four, as authenticator apps show it and people read it. */
const groupSecret = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/** «Приложение-аутентификатор»: set-up with a QR code and a confirmation code; recovery codes; switch-off. */
export function TotpSection({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [enrolment, setEnrolment] = useState<TTotpEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [status, setStatus] = useState('');

  const start = useMutation({ mutationFn: accountApi.startTotp, onSuccess: setEnrolment });
  const disable = useMutation({
    mutationFn: accountApi.disableTotp,
    onSuccess: async () => {
      setCodes(null);
      await refreshMe(queryClient);
      setStatus(t('security.totp.disabled'));
    },
  });
  const renew = useMutation({
    mutationFn: accountApi.newRecoveryCodes,
    onSuccess: ({ recoveryCodes }) => setCodes(recoveryCodes),
  });

  const confirmed = async (recoveryCodes: string[]) => {
    setEnrolment(null);
    setCodes(recoveryCodes);
    await refreshMe(queryClient);
  };

  return (
    <section className="section" aria-labelledby="totp-title">
      <h2 id="totp-title">{t('security.totp.title')}</h2>
      <p className="hint">{t('security.totp.lead')}</p>
      <p>
        <strong>{me.mfa.totp ? t('security.totp.on') : t('security.totp.off')}</strong>
      </p>
      <LiveStatus>{status}</LiveStatus>
      {codes ? <RecoveryCodes codes={codes} /> : null}
      {me.mfa.totp ? (
        <>
          <h3>{t('security.recovery.renewTitle')}</h3>
          <p className="hint">{t('security.recovery.renewText')}</p>
          <PasswordConfirmForm
            id="recovery-password"
            action={t('security.recovery.renew')}
            isPending={renew.isPending}
            error={renew.error}
            onSubmit={(password) => renew.mutate(password)}
          />
          <h3>{t('security.totp.disableTitle')}</h3>
          <PasswordConfirmForm
            id="totp-disable-password"
            action={t('security.totp.disable')}
            isPending={disable.isPending}
            error={disable.error}
            onSubmit={(password) => disable.mutate(password)}
          />
        </>
      ) : enrolment ? (
        <TotpEnrolment enrolment={enrolment} onConfirmed={confirmed} />
      ) : (
        <>
          <FormAlert error={start.error} />
          <button
            type="button"
            className="button button--primary"
            onClick={() => start.mutate()}
            disabled={start.isPending}
          >
            {t('security.totp.start')}
          </button>
        </>
      )}
    </section>
  );
}

function TotpEnrolment({
  enrolment,
  onConfirmed,
}: {
  enrolment: TTotpEnrolment;
  onConfirmed: (recoveryCodes: string[]) => void;
}) {
  const { t } = useTranslation();
  const stepsRef = useRef<HTMLOListElement>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const confirm = useMutation({
    mutationFn: () => accountApi.confirmTotp(code),
    onSuccess: ({ recoveryCodes }) => onConfirmed(recoveryCodes),
    onError: (error) => {
      if (errorCode(error) === 'CODE_INVALID' || errorCode(error) === 'VALIDATION') {
        setCodeError(error.message);
        document.getElementById('totp-code')?.focus();
      }
    },
  });

  useEffect(() => {
    stepsRef.current?.focus();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      setCodeError(t('auth.validation.codeFormat'));
      document.getElementById('totp-code')?.focus();
      return;
    }
    setCodeError(null);
    confirm.mutate();
  };

  return (
    <div className="totp-enrolment">
      <ol
        ref={stepsRef}
        className="totp-enrolment__steps"
        tabIndex={-1}
        aria-label={t('security.totp.stepsLabel')}
      >
        <li>{t('security.totp.step1')}</li>
        <li>
          {t('security.totp.step2')}
          <img
            className="totp-enrolment__qr"
            src={svgDataUrl(enrolment.qrSvg)}
            alt={t('security.totp.qrAlt')}
            width={200}
            height={200}
          />
          <p>{t('security.totp.manual')}</p>
          <p>
            <code className="totp-enrolment__secret">{groupSecret(enrolment.secret)}</code>
          </p>
        </li>
        <li>{t('security.totp.step3')}</li>
      </ol>
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert error={confirm.isError && !codeError ? confirm.error : null} />
        <CodeField
          id="totp-code"
          label={t('security.totp.codeLabel')}
          value={code}
          onChange={setCode}
          error={codeError}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={confirm.isPending}>
            {t('security.totp.confirm')}
          </button>
        </div>
      </form>
    </div>
  );
}
