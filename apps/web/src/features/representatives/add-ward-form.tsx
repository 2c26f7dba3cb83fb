import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../shared/ui/form-alert';
import { RadioGroupField } from '../../shared/ui/radio-group-field';
import { focusFirstInvalid, TextField } from '../../shared/ui/text-field';
import { fieldErrorsOf } from '../auth/form-errors';
import {
  ADD_WARD_FIELDS,
  type AddWardField,
  type AddWardValues,
  EMPTY_ADD_WARD,
  SCAN_ACCEPT,
  toAddWardRequest,
  validateAddWard,
  validateScan,
} from './add-ward-form.model';
import { representativesApi, representativesQueries } from './representatives.api';
import type { TAddedWard, TAddWardRequest } from './representatives.types';

/** The form's fields: the typed values and the scan (`documentFileId` in the request and its errors). */
type FormField = AddWardField | 'documentFileId';
const FORM_FIELDS: readonly FormField[] = [...ADD_WARD_FIELDS, 'documentFileId'];

/** Problem codes that concern one field: their `detail` is shown next to it. */
const CODE_FIELDS: Readonly<Record<string, FormField>> = {
  WARD_NOT_A_CHILD: 'birthDate',
  WARD_DOCUMENT_REQUIRED: 'document',
  WARD_DATA_MISMATCH: 'snils',
  WARD_DOCUMENT_FILE_INVALID: 'documentFileId',
  UNSUPPORTED_FILE_TYPE: 'documentFileId',
  FILE_TOO_LARGE: 'documentFileId',
};

const id = (field: FormField) => `ward-${field}`;

/**
 * «Добавить ребёнка или подопечного»: a child new to Talon is linked at once; a child Talon knows after the
 * code sent to the child's phone (or the registry's check), an adult ward after the registry checks.
 */
export function AddWardForm({ onAdded }: { onAdded: (ward: TAddedWard) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<AddWardValues>(EMPTY_ADD_WARD);
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [focusRequest, setFocusRequest] = useState(0);
  const [scan, setScan] = useState<File | null>(null);
  // A new file input after a success empties the picker (a file input cannot be set from state).
  const [scanInputKey, setScanInputKey] = useState(0);
  // The scan already uploaded for this file: a retry after a refused form sends its id again (a refused
  // form attaches nothing), instead of uploading the same file twice.
  const uploaded = useRef<{ file: File; id: string } | null>(null);

  useEffect(() => {
    if (focusRequest > 0) focusFirstInvalid(formRef.current);
  }, [focusRequest]);

  const add = useMutation({
    mutationFn: async ({ request, file }: { request: TAddWardRequest; file: File | null }) => {
      if (file && uploaded.current?.file !== file) {
        uploaded.current = { file, id: (await representativesApi.uploadScan(file)).id };
      }
      return representativesApi.addWard({
        ...request,
        documentFileId: file ? uploaded.current?.id : undefined,
      });
    },
    onSuccess: async (ward) => {
      setValues(EMPTY_ADD_WARD);
      setScan(null);
      setScanInputKey((key) => key + 1);
      uploaded.current = null;
      setErrors({});
      await queryClient.invalidateQueries({ queryKey: representativesQueries.wards().queryKey });
      onAdded(ward);
    },
    onError: (error) => {
      const found = fieldErrorsOf(error, FORM_FIELDS, CODE_FIELDS);
      // A scan the server refused is not offered again: the next submit uploads the file anew.
      if (found.documentFileId) uploaded.current = null;
      setErrors(found);
      if (Object.keys(found).length > 0) setFocusRequest((n) => n + 1);
    },
  });
  const hasFieldErrors = Object.keys(errors).length > 0;

  const change = <F extends AddWardField>(field: F, value: AddWardValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    // An error already shown goes away once the field is changed; the next submit checks again.
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<FormField, string>> = validateAddWard(values, t);
    const scanError = validateScan(scan, t);
    if (scanError) found.documentFileId = scanError;
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFocusRequest((n) => n + 1);
      return;
    }
    add.mutate({ request: toAddWardRequest(values), file: scan });
  };

  const text = (field: Exclude<AddWardField, 'relation' | 'sex'>) => ({
    id: id(field),
    value: values[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
  });

  const isGuardian = values.relation === 'guardian';
  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      <FormAlert error={add.isError && !hasFieldErrors ? add.error : null} />
      <RadioGroupField
        id={id('relation')}
        name="ward-relation"
        legend={t('family.add.relation')}
        options={(['parent', 'guardian'] as const).map((relation) => ({
          value: relation,
          label: t(`family.add.relationValue.${relation}`),
        }))}
        value={values.relation}
        onChange={(relation) => change('relation', relation)}
        error={errors.relation}
        isStacked
      />
      <TextField {...text('surname')} label={t('auth.fields.surname')} autoComplete="off" required />
      <TextField {...text('name')} label={t('auth.fields.name')} autoComplete="off" required />
      <TextField
        {...text('patronymic')}
        label={t('auth.fields.patronymicOptional')}
        hint={t('auth.fields.patronymicHint')}
        autoComplete="off"
      />
      <TextField
        {...text('birthDate')}
        label={t('auth.fields.birthDate')}
        hint={t('auth.fields.birthDateHint')}
        inputMode="decimal"
        autoComplete="off"
        required
      />
      <RadioGroupField
        id={id('sex')}
        name="ward-sex"
        legend={t('auth.fields.sex')}
        options={(['female', 'male'] as const).map((sex) => ({
          value: sex,
          label: t(`auth.fields.sexValue.${sex}`),
        }))}
        value={values.sex}
        onChange={(sex) => change('sex', sex)}
        error={errors.sex}
      />
      <TextField
        {...text('snils')}
        label={isGuardian ? t('family.add.snilsWard') : t('family.add.snilsChild')}
        hint={isGuardian ? t('family.add.snilsWardHint') : t('family.add.snilsChildHint')}
        inputMode="numeric"
        autoComplete="off"
      />
      <TextField
        {...text('document')}
        label={isGuardian ? t('family.add.guardianship') : t('family.add.certificate')}
        hint={isGuardian ? t('family.add.guardianshipHint') : t('family.add.certificateHint')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required={isGuardian}
      />
      <TextField
        key={scanInputKey}
        id={id('documentFileId')}
        type="file"
        accept={SCAN_ACCEPT}
        label={t('family.add.scan')}
        hint={t('family.add.scanHint')}
        error={errors.documentFileId}
        onChange={(event) => {
          setScan(event.target.files?.[0] ?? null);
          if (errors.documentFileId) setErrors(({ documentFileId: _, ...rest }) => rest);
        }}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={add.isPending}>
          {add.isPending ? t('family.add.submitting') : t('family.add.submit')}
        </button>
      </div>
    </form>
  );
}
