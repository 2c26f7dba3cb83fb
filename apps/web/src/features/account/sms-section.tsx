import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { refreshMe } from '../auth/auth.api';
import type { TMe } from '../auth/auth.types';
import { accountApi } from './account.api';

/** «Код по СМС»: a switch that applies at once and says so. */
export function SmsSection({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const toggle = useMutation({
    mutationFn: accountApi.setSmsMfa,
    onSuccess: async (_, enabled) => {
      await refreshMe(queryClient);
      setStatus(enabled ? t('security.sms.enabled') : t('security.sms.disabled'));
    },
  });
  const isOn = toggle.isPending && toggle.variables !== undefined ? toggle.variables : me.mfa.sms;

  return (
    <section className="section" aria-labelledby="sms-title">
      <h2 id="sms-title">{t('security.sms.title')}</h2>
      <p className="hint" id="sms-hint">
        {me.phone ? t('security.sms.lead', { phone: me.phone }) : t('security.sms.noPhone')}
      </p>
      <FormAlert error={toggle.error} />
      <label className="choice switch">
        <input
          type="checkbox"
          role="switch"
          checked={isOn}
          aria-checked={isOn}
          onChange={(event) => toggle.mutate(event.target.checked)}
          disabled={toggle.isPending || !me.phone}
          aria-describedby="sms-hint"
        />
        {t('security.sms.label')}
      </label>
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
