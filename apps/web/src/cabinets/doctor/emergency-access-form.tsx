import { zodResolver } from '@hookform/resolvers/zod';
import { ZEmergencyAccessRequest, type z } from '@talon/contracts';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../shared/forms/server-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { practiceApi } from './practice-queries';

type EmergencyAccess = z.infer<typeof ZEmergencyAccessRequest>;

/**
 * «Экстренный доступ» (docs/domain.md rule 16, "break the glass"): the card of a patient outside care opens
 * for an hour with a reason; the grant is audited and reported to the clinic's admin.
 */
export function EmergencyAccessForm({ patientId, onGranted }: { patientId: string; onGranted: () => void }) {
  const { t } = useTranslation();
  const form = useForm<EmergencyAccess>({
    resolver: zodResolver(ZEmergencyAccessRequest),
    defaultValues: { reason: '' },
  });
  const serverErrors = useServerErrors(form);
  const grant = useMutation({
    mutationFn: ({ reason }: EmergencyAccess) => practiceApi.emergencyAccess(patientId, reason.trim()),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: onGranted,
  });
  return (
    <form className="doctor-panel" noValidate onSubmit={form.handleSubmit((values) => grant.mutate(values))}>
      <h2>{t('practice.emergency.title')}</h2>
      <p>{t('practice.emergency.lead')}</p>
      <TextAreaField
        id="emergency-reason"
        label={t('practice.emergency.reason')}
        hint={t('practice.emergency.hint')}
        rows={3}
        required
        {...form.register('reason')}
        error={form.formState.errors.reason?.message}
      />
      <FormAlert error={serverErrors.formError} />
      <button type="submit" className="button button--primary" disabled={grant.isPending}>
        {grant.isPending ? t('practice.emergency.pending') : t('practice.emergency.submit')}
      </button>
    </form>
  );
}
