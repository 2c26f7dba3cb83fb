import { zodResolver } from '@hookform/resolvers/zod';
import { STAFF_APPLICATION_FIELDS, z } from '@talon/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../shared/forms/server-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { TextField } from '../../shared/ui/text-field';
import {
  staffApplicationsApi,
  type TStaffApplication,
  type TStaffApplicationCreate,
} from './staff-applications.api';

type ApplicationType = TStaffApplicationCreate['type'];
export const APPLICATION_TYPES = Object.keys(STAFF_APPLICATION_FIELDS) as ApplicationType[];
type Values = { fields: Record<string, string> };
type FieldName = {
  [K in ApplicationType]: keyof (typeof STAFF_APPLICATION_FIELDS)[K]['shape'];
}[ApplicationType] &
  string;

/** Dates are periods' days; reasons and texts take a paragraph; the rest a line. */
const kindOf = (name: string) =>
  name === 'from' || name === 'to' ? 'date' : ['reason', 'text', 'comment'].includes(name) ? 'text' : 'line';

/**
 * «Новое заявление»: the type chosen first, then its form — the fields of the contract's schema for the type
 * (checked in the browser by the same zod schema, again by the server), and attachments uploaded on sending.
 */
export function ApplicationForm({ onSubmitted }: { onSubmitted: (application: TStaffApplication) => void }) {
  const { t } = useTranslation();
  const [type, setType] = useState<ApplicationType>('training');
  return (
    <section className="doctor-panel" aria-labelledby="application-form-title">
      <h2 id="application-form-title">{t('staffApplications.new')}</h2>
      <div className="field">
        <label htmlFor="application-type">{t('staffApplications.type')}</label>
        <select
          id="application-type"
          value={type}
          onChange={(e) => setType(e.target.value as ApplicationType)}
        >
          {APPLICATION_TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`staffApplications.types.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <TypeForm key={type} type={type} onSubmitted={onSubmitted} />
    </section>
  );
}

function TypeForm({
  type,
  onSubmitted,
}: {
  type: ApplicationType;
  onSubmitted: (a: TStaffApplication) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const schema = STAFF_APPLICATION_FIELDS[type];
  const form = useForm<Values>({ resolver: zodResolver(z.object({ fields: schema })) as never });
  const serverErrors = useServerErrors(form);
  const submit = useMutation({
    mutationFn: async (values: Values) => {
      const attachmentIds = [];
      for (const file of files) attachmentIds.push((await staffApplicationsApi.upload(file)).id);
      return staffApplicationsApi.submit({
        type,
        fields: values.fields,
        attachmentIds,
      } as TStaffApplicationCreate);
    },
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: async (application) => {
      await queryClient.invalidateQueries({ queryKey: ['account', 'staff-applications'] });
      onSubmitted(application);
    },
  });
  const errors = form.formState.errors.fields as Record<string, { message?: string } | undefined> | undefined;
  return (
    <form noValidate onSubmit={form.handleSubmit((values) => submit.mutate(values))}>
      {(Object.keys(schema.shape) as FieldName[]).map((name) => {
        const id = `application-${name}`;
        const props = {
          id,
          label: t(`staffApplications.fields.${name}`),
          error: errors?.[name]?.message,
          ...form.register(`fields.${name}` as FieldPath<Values>),
        };
        const kind = kindOf(name);
        return kind === 'text' ? (
          <TextAreaField key={name} rows={3} {...props} />
        ) : (
          <TextField key={name} type={kind === 'date' ? 'date' : 'text'} autoComplete="off" {...props} />
        );
      })}
      <TextField
        id="application-attachments"
        type="file"
        multiple
        accept="application/pdf,image/jpeg,image/png"
        label={t(
          type === 'health_leave' ? 'staffApplications.attachmentsRequired' : 'staffApplications.attachments',
        )}
        hint={t('staffApplications.attachmentsHint')}
        onChange={(event) => setFiles([...(event.target.files ?? [])])}
      />
      <FormAlert error={serverErrors.formError} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={submit.isPending}>
          {submit.isPending ? t('staffApplications.sending') : t('staffApplications.send')}
        </button>
      </div>
    </form>
  );
}
