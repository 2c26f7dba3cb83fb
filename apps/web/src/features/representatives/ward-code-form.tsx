import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeActions } from '../../shared/ui/code-actions';
import { CodeField } from '../auth/code-field';
import { errorCode, fieldErrorsOf } from '../auth/form-errors';
import { ThrottledFormAlert } from '../auth/throttled-form-alert';
import { representativesApi, representativesQueries } from './representatives.api';
import type { TWard } from './representatives.types';

/**
 * A parent's link to a child Talon already knows waits for a code sent to a phone on the child's file:
 * entering it makes the link active (or the registry of the child's clinic checks the birth certificate).
 */
export function WardCodeForm({ ward, onConfirmed }: { ward: TWard; onConfirmed: (ward: TWard) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fieldId = `ward-code-${ward.linkId}`;
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const confirm = useMutation({
    mutationFn: () => representativesApi.confirmWard(ward.linkId, code),
    onSuccess: async (confirmed) => {
      await queryClient.invalidateQueries({ queryKey: representativesQueries.wards().queryKey });
      onConfirmed(confirmed);
    },
    onError: (error) => {
      const fieldMessage = fieldErrorsOf(error, ['code'] as const).code;
      if (fieldMessage || errorCode(error) === 'CODE_INVALID') {
        setCodeError(fieldMessage ?? (error as Error).message);
        document.getElementById(fieldId)?.focus();
      }
    },
  });
  const resend = useMutation({
    mutationFn: () => representativesApi.resendWardCode(ward.linkId),
    onSuccess: (answer) => setSentTo(answer.codeSentTo),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      setCodeError(t('auth.validation.codeFormat'));
      document.getElementById(fieldId)?.focus();
      return;
    }
    setCodeError(null);
    confirm.mutate();
  };

  const failed =
    (confirm.isError && !codeError ? confirm.error : null) ?? (resend.isError ? resend.error : null);
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('family.code.label')}>
      <p className="hint">{sentTo ? t('family.code.resent', { phone: sentTo }) : t('family.code.lead')}</p>
      <ThrottledFormAlert error={failed} />
      <CodeField
        id={fieldId}
        label={t('family.code.field')}
        value={code}
        onChange={setCode}
        error={codeError}
      />
      <CodeActions
        confirmLabel={t('family.code.confirm')}
        resendLabel={t('family.code.resend')}
        isConfirming={confirm.isPending}
        isResending={resend.isPending}
        onResend={() => resend.mutate()}
      />
    </form>
  );
}
