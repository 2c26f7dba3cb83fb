import { zodResolver } from '@hookform/resolvers/zod';
import { ZQualificationInput, type z } from '@talon/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../shared/forms/server-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { TextField } from '../../shared/ui/text-field';
import { directoryQueries } from '../directory/directory.api';
import { qualificationsApi, type TQualification } from './qualifications.api';

type FormValues = z.input<typeof ZQualificationInput>;
type Values = z.output<typeof ZQualificationInput>;
export const QUALIFICATION_TYPES = [
  'accreditation',
  'diploma',
  'qualification_category',
  'training_certificate',
] as const;
export const QUALIFICATION_STATUSES = ['in_work', 'sent', 'confirmed'] as const;

const emptyValues: FormValues = {
  type: 'accreditation',
  number: '',
  issuedOn: '',
  validUntil: '',
  specialtyCode: '',
  status: 'in_work',
  scanUploadId: null,
};
const valuesOf = (q: TQualification): FormValues => ({
  type: q.type,
  number: q.number,
  issuedOn: q.issuedOn,
  validUntil: q.validUntil ?? '',
  specialtyCode: q.specialty.code,
  status: q.status,
  scanUploadId: q.scanUploadId,
});

/** Add a document, or change the one chosen in the table (`editing`); the scan is uploaded first. */
export function QualificationForm({
  editing,
  onDone,
}: {
  editing: TQualification | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const [scan, setScan] = useState<File | null>(null);
  const specialties = useQuery(directoryQueries.specialties());
  const form = useForm<FormValues, unknown, Values>({
    resolver: zodResolver(ZQualificationInput),
    values: editing ? valuesOf(editing) : emptyValues,
  });
  const serverErrors = useServerErrors(form);
  const save = useMutation({
    mutationFn: async (values: Values) => {
      const scanUploadId = scan ? (await qualificationsApi.uploadScan(scan)).id : values.scanUploadId;
      const body = { ...values, validUntil: values.validUntil || null, scanUploadId };
      return editing ? qualificationsApi.update(editing.id, body) : qualificationsApi.create(body);
    },
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: async () => {
      setSaved(t(editing ? 'qualifications.form.updated' : 'qualifications.form.created'));
      setScan(null);
      form.reset(emptyValues);
      onDone();
      await queryClient.invalidateQueries({ queryKey: ['account', 'qualifications'] });
    },
  });
  const errors = form.formState.errors;
  return (
    <form
      className="doctor-panel"
      aria-labelledby="qualification-form-title"
      noValidate
      onSubmit={form.handleSubmit((values) => save.mutate(values))}
    >
      <h2 id="qualification-form-title">
        {t(editing ? 'qualifications.form.editTitle' : 'qualifications.form.addTitle')}
      </h2>
      <div className="field">
        <label htmlFor="qualification-type">{t('qualifications.fields.type')}</label>
        <select id="qualification-type" {...form.register('type')}>
          {QUALIFICATION_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`qualifications.types.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id="qualification-number"
        label={t('qualifications.fields.number')}
        hint={t('qualifications.form.numberHint')}
        autoComplete="off"
        {...form.register('number')}
        error={errors.number?.message}
      />
      <div className="field">
        <label htmlFor="qualification-specialty">{t('qualifications.fields.specialty')}</label>
        <select
          id="qualification-specialty"
          aria-invalid={errors.specialtyCode ? true : undefined}
          aria-describedby={errors.specialtyCode ? 'qualification-specialty-error' : undefined}
          {...form.register('specialtyCode')}
        >
          <option value="">{t('qualifications.form.chooseSpecialty')}</option>
          {(specialties.data ?? [])
            .filter((s) => s.kind === 'doctor')
            .map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
        </select>
        {errors.specialtyCode ? (
          <p className="field__error" id="qualification-specialty-error">
            {errors.specialtyCode.message}
          </p>
        ) : null}
      </div>
      <TextField
        id="qualification-issued"
        type="date"
        label={t('qualifications.fields.issuedOn')}
        {...form.register('issuedOn')}
        error={errors.issuedOn?.message}
      />
      <TextField
        id="qualification-valid-until"
        type="date"
        label={t('qualifications.fields.validUntil')}
        {...form.register('validUntil', { setValueAs: (v: string) => v || null })}
        error={errors.validUntil?.message}
      />
      <div className="field">
        <label htmlFor="qualification-status">{t('qualifications.fields.status')}</label>
        <select id="qualification-status" {...form.register('status')}>
          {QUALIFICATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`qualifications.statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id="qualification-scan"
        type="file"
        accept="application/pdf,image/jpeg,image/png"
        label={t('qualifications.fields.scan')}
        hint={t('qualifications.form.scanHint')}
        error={errors.scanUploadId?.message}
        onChange={(event) => setScan(event.target.files?.[0] ?? null)}
      />
      <FormAlert error={serverErrors.formError} />
      {saved ? <p role="status">{saved}</p> : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('qualifications.form.saving') : t('qualifications.form.save')}
        </button>
        {editing ? (
          <button type="button" className="button" onClick={onDone}>
            {t('qualifications.form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
