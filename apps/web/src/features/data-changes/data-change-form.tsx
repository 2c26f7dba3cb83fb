import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../shared/forms/server-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { SelectField } from '../../shared/ui/select-field';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { TextField } from '../../shared/ui/text-field';
import {
  CATEGORIES,
  checkNewValue,
  type DataChangeValues,
  EMPTY_DATA_CHANGE,
  INPUT_OF,
  MAX_SCAN_BYTES,
  MAX_SCANS,
  SCAN_ACCEPT,
} from './data-change-form.model';
import { dataChangeApi, dataChangeQueries, type TDataChangeRequest } from './data-changes.api';

const CODE_FIELDS = {
  DATA_CHANGE_ATTACHMENT_INVALID: 'newValue',
} as const;

/**
 * «Изменить данные» (issue 11 item 5): what to change, the new value (checked as the server checks it),
 * why, and scans of the documents (PNG, JPEG, PDF), uploaded when the form is sent.
 */
export function DataChangeForm({ onSent }: { onSent: (request: TDataChangeRequest) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<DataChangeValues>({ defaultValues: EMPTY_DATA_CHANGE });
  const serverErrors = useServerErrors(form, { codeFields: CODE_FIELDS });
  const [scans, setScans] = useState<File[]>([]);
  const [scanError, setScanError] = useState<string | null>(null);
  // A new file input after a success empties the picker (a file input cannot be set from state).
  const [scanInputKey, setScanInputKey] = useState(0);
  const scanRef = useRef<HTMLInputElement>(null);
  const category = form.watch('category');

  const send = useMutation({
    mutationFn: async (values: DataChangeValues) => {
      const attachmentIds: string[] = [];
      for (const file of scans) attachmentIds.push((await dataChangeApi.uploadScan(file)).id);
      return dataChangeApi.create({
        category: values.category as TDataChangeRequest['category'],
        newValue: values.newValue.trim(),
        reason: values.reason.trim(),
        attachmentIds,
      });
    },
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: async (created) => {
      form.reset(EMPTY_DATA_CHANGE);
      setScans([]);
      setScanInputKey((key) => key + 1);
      await queryClient.invalidateQueries({ queryKey: dataChangeQueries.mine().queryKey });
      onSent(created);
    },
  });

  const submit = form.handleSubmit((values) => {
    if (scanError) {
      scanRef.current?.focus();
      return;
    }
    send.mutate(values);
  });

  const input = category ? INPUT_OF[category] : INPUT_OF.other;
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert error={serverErrors.formError} />
      <Controller
        control={form.control}
        name="category"
        rules={{ required: t('dataChange.validation.category') }}
        render={({ field, fieldState }) => (
          <SelectField
            id="data-change-category"
            label={t('dataChange.form.category')}
            value={field.value}
            onChange={(value) => {
              field.onChange(value);
              form.clearErrors('newValue');
            }}
            options={[
              { value: '', label: t('dataChange.form.categoryPlaceholder') },
              ...CATEGORIES.map((value) => ({ value, label: t(`dataChange.category.${value}`) })),
            ]}
            error={fieldState.error?.message}
          />
        )}
      />
      <TextField
        id="data-change-newValue"
        label={t('dataChange.form.newValue')}
        hint={category ? t(`dataChange.hint.${category}`) : t('dataChange.hint.none')}
        error={form.formState.errors.newValue?.message}
        type={input.type}
        inputMode={input.inputMode}
        autoComplete={input.autoComplete}
        maxLength={1000}
        {...form.register('newValue', {
          validate: (value, values) => checkNewValue(values.category, value, new Date(), t) ?? true,
        })}
      />
      <TextAreaField
        id="data-change-reason"
        label={t('dataChange.form.reason')}
        hint={t('dataChange.form.reasonHint')}
        error={form.formState.errors.reason?.message}
        maxLength={1000}
        rows={3}
        {...form.register('reason', {
          validate: (value) => (value.trim().length >= 3 ? true : t('dataChange.validation.reason')),
        })}
      />
      <TextField
        key={scanInputKey}
        ref={scanRef}
        id="data-change-scans"
        type="file"
        multiple
        accept={SCAN_ACCEPT}
        label={t('dataChange.form.scans')}
        hint={t('dataChange.form.scansHint')}
        error={scanError}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          setScans(files);
          setScanError(
            files.length > MAX_SCANS
              ? t('dataChange.validation.tooManyScans')
              : files.some((file) => file.size > MAX_SCAN_BYTES)
                ? t('dataChange.validation.scanTooLarge')
                : null,
          );
        }}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={send.isPending}>
          {send.isPending ? t('dataChange.form.submitting') : t('dataChange.form.submit')}
        </button>
      </div>
    </form>
  );
}
