import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { refreshMe } from '../auth/auth.api';
import type { TMe } from '../auth/auth.types';
import { accountApi } from './account.api';
import { PasswordConfirmForm } from './password-confirm-form';

/**
 * «Код по СМС»: switching it on applies at once; switching it off asks for the password first (the server
 * refuses without it), so a session left open cannot weaken the login.
 */
export function SmsSection({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const [isConfirmingOff, setConfirmingOff] = useState(false);
  const toggle = useMutation({
    mutationFn: (change: { enabled: boolean; password?: string }) => accountApi.setSmsMfa(change),
    onSuccess: async (_, change) => {
      await refreshMe(queryClient);
      setConfirmingOff(false);
      setStatus(change.enabled ? t('security.sms.enabled') : t('security.sms.disabled'));
    },
  });
  const isOn = toggle.isPending && toggle.variables ? toggle.variables.enabled : me.mfa.sms;

  const change = (enabled: boolean) => {
    if (enabled) {
      toggle.mutate({ enabled: true });
      return;
    }
    toggle.reset();
    setConfirmingOff(true);
  };

  return (
    <section className="section" aria-labelledby="sms-title">
      <h2 id="sms-title">{t('security.sms.title')}</h2>
      <p className="hint" id="sms-hint">
        {me.phone ? t('security.sms.lead', { phone: me.phone }) : t('security.sms.noPhone')}
      </p>
      {isConfirmingOff ? null : <FormAlert error={toggle.error} />}
      <label className="choice switch">
        <input
          type="checkbox"
          role="switch"
          checked={isOn && !isConfirmingOff}
          aria-checked={isOn && !isConfirmingOff}
          onChange={(event) => change(event.target.checked)}
          disabled={toggle.isPending || !me.phone}
          aria-describedby="sms-hint"
        />
        {t('security.sms.label')}
      </label>
      {isConfirmingOff ? (
        <>
          <p className="hint">{t('security.sms.confirmOff')}</p>
          <PasswordConfirmForm
            id="sms-off-password"
            action={t('security.sms.turnOff')}
            isPending={toggle.isPending}
            error={toggle.error}
            onSubmit={(password) => toggle.mutate({ enabled: false, password })}
          />
        </>
      ) : null}
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
