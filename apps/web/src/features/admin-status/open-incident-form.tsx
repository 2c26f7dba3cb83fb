import { INCIDENT_SEVERITIES, STATUS_COMPONENTS } from '@talon/vocabulary';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../shared/forms/server-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { TextField } from '../../shared/ui/text-field';
import { statusApi, type TOpenIncident } from '../status/status.api';

interface OpenIncidentValues {
  title: string;
  severity: string;
  components: string[];
  text: string;
}

/** A system admin opens an incident: title, severity, affected components and the first words to users. */
export function OpenIncidentForm({ onOpened }: { onOpened: (title: string) => void }) {
  const { t } = useTranslation();
  const form = useForm<OpenIncidentValues>({
    defaultValues: { title: '', severity: 'major', components: [], text: '' },
  });
  const serverErrors = useServerErrors(form);
  const open = useMutation({
    mutationFn: (body: TOpenIncident) => statusApi.open(body),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: (incident) => {
      form.reset();
      onOpened(incident.title);
    },
  });
  const errors = form.formState.errors;
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => void form.handleSubmit((values) => open.mutate(values))(event)}
    >
      <FormAlert error={serverErrors.formError} />
      <TextField
        id="incident-title"
        label={t('status.admin.title')}
        maxLength={200}
        error={errors.title?.message}
        {...form.register('title', { validate: (v) => (v.trim() ? true : t('status.admin.required')) })}
      />
      <div className="field">
        <label htmlFor="incident-severity" className="field__label">
          {t('status.admin.severity')}
        </label>
        <select id="incident-severity" className="field__select" {...form.register('severity')}>
          {INCIDENT_SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {t(`status.severity.${severity}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset
        className="field"
        aria-describedby={errors.components ? 'incident-components-error' : undefined}
      >
        <legend className="field__label">{t('status.admin.components')}</legend>
        {STATUS_COMPONENTS.map((component) => (
          <label key={component} className="checkbox">
            <input
              type="checkbox"
              value={component}
              {...form.register('components', {
                validate: (v) => (v.length ? true : t('status.admin.componentsRequired')),
              })}
            />{' '}
            {t(`status.component.${component}`)}
          </label>
        ))}
        {errors.components?.message ? (
          <p id="incident-components-error" className="field__error">
            {errors.components.message}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        id="incident-text"
        label={t('status.admin.text')}
        hint={t('status.admin.textHint')}
        maxLength={2000}
        rows={4}
        error={errors.text?.message}
        {...form.register('text', { validate: (v) => (v.trim() ? true : t('status.admin.required')) })}
      />
      <button type="submit" className="button button--primary" disabled={open.isPending}>
        {t('status.admin.open')}
      </button>
    </form>
  );
}
