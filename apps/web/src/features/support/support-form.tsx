import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useServerErrors } from '../../shared/forms/server-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { SelectField } from '../../shared/ui/select-field';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { TextField } from '../../shared/ui/text-field';
import { SUPPORT_CATEGORIES, supportApi, supportQueries, type TSupportCategory } from './support.api';
import { useSupportClinics } from './support-clinics';

interface SupportValues {
  category: string;
  /** '' for a question about no particular clinic. */
  clinicId: string;
  subject: string;
  text: string;
}

const EMPTY: SupportValues = { category: '', clinicId: '', subject: '', text: '' };
const MAX_SCREENSHOT_BYTES = 5 * 1024 * 1024;
const CODE_FIELDS = { SUPPORT_ATTACHMENT_INVALID: 'text', SUPPORT_TEXT_INVALID: 'text' } as const;

/**
 * «Обратная связь»: the topic, optionally the clinic it is about (the attached one or one of the visits: the
 * ticket then reaches that clinic's admins too), the text, an optional screenshot (uploaded when sent) and
 * the page the person came from; opens a ticket and goes to it.
 */
export function SupportForm({ page }: { page: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<SupportValues>({ defaultValues: EMPTY });
  const serverErrors = useServerErrors(form, { codeFields: CODE_FIELDS });
  const clinics = useSupportClinics();
  const [screenshot, setScreenshot] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const send = useMutation({
    mutationFn: async (values: SupportValues) => {
      const attachmentIds = screenshot ? [(await supportApi.uploadScreenshot(screenshot)).id] : [];
      return supportApi.open({
        category: values.category as TSupportCategory,
        subject: values.subject.trim() || undefined,
        text: values.text.trim(),
        page: page ?? undefined,
        clinicId: values.clinicId || undefined,
        attachmentIds,
        source: 'form',
      });
    },
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: async (ticket) => {
      await queryClient.invalidateQueries({ queryKey: supportQueries.mine().queryKey });
      void navigate(`/help/tickets/${ticket.id}`);
    },
  });

  const submit = form.handleSubmit((values) => {
    if (!fileError) send.mutate(values);
  });

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert error={serverErrors.formError} />
      <Controller
        control={form.control}
        name="category"
        rules={{ required: t('support.form.categoryRequired') }}
        render={({ field, fieldState }) => (
          <SelectField
            id="support-category"
            label={t('support.form.category')}
            value={field.value}
            onChange={field.onChange}
            options={[
              { value: '', label: t('support.form.categoryPlaceholder') },
              ...SUPPORT_CATEGORIES.map((value) => ({ value, label: t(`support.category.${value}`) })),
            ]}
            error={fieldState.error?.message}
          />
        )}
      />
      {clinics.length ? (
        <Controller
          control={form.control}
          name="clinicId"
          render={({ field }) => (
            <SelectField
              id="support-clinic"
              label={t('support.form.clinic')}
              value={field.value}
              onChange={field.onChange}
              options={[
                { value: '', label: t('support.form.noClinic') },
                ...clinics.map((clinic) => ({ value: clinic.id, label: clinic.name })),
              ]}
            />
          )}
        />
      ) : null}
      <TextField
        id="support-subject"
        label={t('support.form.subject')}
        hint={t('support.form.subjectHint')}
        maxLength={200}
        error={form.formState.errors.subject?.message}
        {...form.register('subject')}
      />
      <TextAreaField
        id="support-text"
        label={t('support.form.text')}
        hint={t('support.form.textHint')}
        rows={5}
        maxLength={5000}
        error={form.formState.errors.text?.message}
        {...form.register('text', {
          validate: (value) => (value.trim() ? true : t('support.form.textRequired')),
        })}
      />
      <TextField
        id="support-screenshot"
        type="file"
        accept="image/png,image/jpeg,application/pdf"
        label={t('support.form.screenshot')}
        hint={t('support.form.screenshotHint')}
        error={fileError}
        onChange={(event) => {
          const file = event.target.files?.[0] ?? null;
          setScreenshot(file);
          setFileError(
            file && file.size > MAX_SCREENSHOT_BYTES ? t('support.form.screenshotTooLarge') : null,
          );
        }}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={send.isPending}>
          {send.isPending ? t('support.form.sending') : t('support.form.send')}
        </button>
      </div>
    </form>
  );
}
