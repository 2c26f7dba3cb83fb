import { INCIDENT_STATUSES } from '@talon/vocabulary';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../shared/forms/server-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { statusApi, type TIncident } from '../status/status.api';

/** An update of an open incident: the text users read and the incident's new status. */
export function IncidentUpdateForm({ incident, onPosted }: { incident: TIncident; onPosted: () => void }) {
  const { t } = useTranslation();
  const form = useForm<{ text: string; status: string }>({
    defaultValues: { text: '', status: incident.status },
  });
  const serverErrors = useServerErrors(form);
  const post = useMutation({
    mutationFn: (body: { text: string; status: string }) => statusApi.update(incident.id, body),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: () => {
      form.reset({ text: '', status: form.getValues('status') });
      onPosted();
    },
  });
  const id = `incident-${incident.id}`;
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => void form.handleSubmit((values) => post.mutate(values))(event)}
    >
      <FormAlert error={serverErrors.formError} />
      <div className="field">
        <label htmlFor={`${id}-status`} className="field__label">
          {t('status.admin.newStatus')}
        </label>
        <select id={`${id}-status`} className="field__select" {...form.register('status')}>
          {INCIDENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.incidentStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <TextAreaField
        id={`${id}-text`}
        label={t('status.admin.updateText')}
        maxLength={2000}
        rows={3}
        error={form.formState.errors.text?.message}
        {...form.register('text', { validate: (v) => (v.trim() ? true : t('status.admin.required')) })}
      />
      <button type="submit" className="button" disabled={post.isPending}>
        {t('status.admin.post')}
      </button>
    </form>
  );
}
