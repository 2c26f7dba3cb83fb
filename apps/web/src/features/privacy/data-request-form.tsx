import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoscowDate } from '../../shared/ui/dates';
import { FormAlert } from '../../shared/ui/form-alert';
import { RadioGroupField } from '../../shared/ui/radio-group-field';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { focusFirstInvalid } from '../../shared/ui/text-field';
import { fieldErrorsOf } from '../auth/form-errors';
import { privacyApi, privacyQueries } from './privacy.api';
import type { TDataRequestKind } from './privacy.types';

const KINDS: readonly TDataRequestKind[] = ['access', 'correction', 'deletion'];
const FIELDS = ['kind', 'details'] as const;
type Field = (typeof FIELDS)[number];
const DETAILS_MAX = 2000;

/** «Новое обращение»: information about the processing, a correction or deletion, each with its deadline. */
export function DataRequestForm({ onSent }: { onSent: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<TDataRequestKind | ''>('');
  const [details, setDetails] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest > 0) focusFirstInvalid(formRef.current);
  }, [focusRequest]);

  const send = useMutation({
    mutationFn: privacyApi.createDataRequest,
    onSuccess: async (created) => {
      setKind('');
      setDetails('');
      setErrors({});
      await queryClient.invalidateQueries({ queryKey: privacyQueries.dataRequests().queryKey });
      onSent(t('myData.form.sent', { date: formatMoscowDate(created.dueAt, i18n.language) }));
    },
    onError: (error) => {
      const found = fieldErrorsOf(error, FIELDS, { DATA_REQUEST_DETAILS_REQUIRED: 'details' });
      setErrors(found);
      if (Object.keys(found).length > 0) setFocusRequest((n) => n + 1);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (kind === '') found.kind = t('myData.form.kindRequired');
    if (kind === 'correction' && details.trim() === '') found.details = t('myData.form.detailsRequired');
    setErrors(found);
    if (Object.keys(found).length > 0 || kind === '') {
      setFocusRequest((n) => n + 1);
      return;
    }
    send.mutate({ kind, details: details.trim() === '' ? undefined : details.trim() });
  };

  const hasFieldErrors = Object.keys(errors).length > 0;
  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      <FormAlert error={send.isError && !hasFieldErrors ? send.error : null} />
      <RadioGroupField
        id="data-request-kind"
        name="data-request-kind"
        legend={t('myData.form.kind')}
        options={KINDS.map((value) => ({
          value,
          label: (
            <span>
              {t(`myData.form.kindValue.${value}`)}
              <span className="choice__hint">{t(`myData.form.due.${value}`)}</span>
            </span>
          ),
        }))}
        value={kind}
        onChange={(value) => {
          setKind(value);
          if (errors.kind) setErrors(({ kind: _, ...rest }) => rest);
        }}
        error={errors.kind}
        isStacked
      />
      <TextAreaField
        id="data-request-details"
        label={kind === 'correction' ? t('myData.form.details') : t('myData.form.detailsOptional')}
        hint={kind === 'correction' ? t('myData.form.detailsCorrectionHint') : undefined}
        value={details}
        onChange={(event) => {
          setDetails(event.target.value);
          if (errors.details) setErrors(({ details: _, ...rest }) => rest);
        }}
        error={errors.details}
        maxLength={DETAILS_MAX}
        rows={4}
        required={kind === 'correction'}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={send.isPending}>
          {send.isPending ? t('myData.form.submitting') : t('myData.form.submit')}
        </button>
      </div>
    </form>
  );
}
