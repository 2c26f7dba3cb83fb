import { DOCUMENT_REQUEST_TYPES } from '@talon/vocabulary';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../shared/forms/server-errors';
import { formatMoscowDateTime } from '../../shared/ui/dates';
import { FormAlert } from '../../shared/ui/form-alert';
import { FieldError, TextField } from '../../shared/ui/text-field';
import { documentsApi, documentsQueries, type TDocumentRequestType } from './documents.api';

/** The types in the order the form offers them: certificates first, then extracts. */
const ORDER_TYPES: readonly TDocumentRequestType[] = DOCUMENT_REQUEST_TYPES;
const WITH_PERIOD: ReadonlySet<string> = new Set([
  'lab-results-extract',
  'outpatient-extract',
  'inpatient-extract',
]);
const PERIOD_REQUIRED: ReadonlySet<string> = new Set(['lab-results-extract', 'outpatient-extract']);

interface OrderForm {
  type: TDocumentRequestType | '';
  purpose: string;
  visitId: string;
  from: string;
  to: string;
}

/**
 * «Заказать справку или выписку»: the type, where the paper goes, the visit of a visit certificate, the
 * period of an extract. The server answers 201 (a new request) or 200 (the same order: the last request).
 */
export function OrderDocumentForm({ onOrdered }: { onOrdered: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<OrderForm>({
    defaultValues: { type: '', purpose: '', visitId: '', from: '', to: '' },
  });
  const serverErrors = useServerErrors(form, {
    codeFields: {
      DOCUMENT_REQUEST_PERIOD_REQUIRED: 'from',
      DOCUMENT_REQUEST_PERIOD_INVALID: 'to',
      DOCUMENT_REQUEST_VISIT_REQUIRED: 'visitId',
    },
  });
  const type = form.watch('type');
  const visits = useQuery({ ...documentsQueries.visits(), enabled: type === 'visit-certificate' });
  const errors = form.formState.errors;

  const order = useMutation({
    mutationFn: documentsApi.order,
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: async (request) => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['account', 'document-requests'] });
      await queryClient.invalidateQueries({ queryKey: ['account', 'record', 'self', 'documents'] });
      onOrdered(
        t(request.status === 'ready' ? 'documents.order.ready' : 'documents.order.waiting', {
          number: request.number,
        }),
      );
    },
  });

  const submit = form.handleSubmit((values) => {
    if (values.type === '') return;
    order.mutate({
      type: values.type,
      purpose: values.purpose.trim() || null,
      visitId: values.type === 'visit-certificate' ? values.visitId || null : null,
      period:
        WITH_PERIOD.has(values.type) && values.from && values.to
          ? { from: values.from, to: values.to }
          : null,
    });
  });

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="order-type" className="field__label">
          {t('documents.order.type')}
        </label>
        <select
          id="order-type"
          className="field__select"
          aria-invalid={errors.type ? true : undefined}
          aria-describedby={errors.type ? 'order-type-error' : undefined}
          {...form.register('type', { required: t('documents.order.typeRequired') })}
        >
          <option value="">{t('documents.order.choose')}</option>
          {ORDER_TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`documents.types.${value}`)}
            </option>
          ))}
        </select>
        <FieldError id="order-type-error" message={errors.type?.message} />
      </div>
      {type === 'visit-certificate' ? (
        <div className="field">
          <label htmlFor="order-visit" className="field__label">
            {t('documents.order.visit')}
          </label>
          <select
            id="order-visit"
            className="field__select"
            aria-invalid={errors.visitId ? true : undefined}
            aria-describedby={errors.visitId ? 'order-visit-error' : undefined}
            {...form.register('visitId', { required: t('documents.order.visitRequired') })}
          >
            <option value="">{t('documents.order.choose')}</option>
            {(visits.data?.items ?? [])
              .filter((visit) => visit.status === 'finished')
              .map((visit) => (
                <option key={visit.id} value={visit.id}>
                  {[formatMoscowDateTime(visit.periodStart, i18n.language), visit.specialty?.name]
                    .filter(Boolean)
                    .join(', ')}
                </option>
              ))}
          </select>
          <FieldError id="order-visit-error" message={errors.visitId?.message} />
        </div>
      ) : null}
      {WITH_PERIOD.has(type) ? (
        <fieldset className="fieldset">
          <legend>{t('documents.order.period')}</legend>
          <TextField
            id="order-from"
            type="date"
            label={t('documents.order.from')}
            error={errors.from?.message}
            {...form.register('from', {
              validate: (value) =>
                !PERIOD_REQUIRED.has(form.getValues('type')) ||
                value !== '' ||
                t('documents.order.periodRequired'),
            })}
          />
          <TextField
            id="order-to"
            type="date"
            label={t('documents.order.to')}
            error={errors.to?.message}
            {...form.register('to', {
              validate: (value) => {
                const from = form.getValues('from');
                if (PERIOD_REQUIRED.has(form.getValues('type')) && value === '')
                  return t('documents.order.periodRequired');
                return !from || !value || value >= from || t('documents.order.periodOrder');
              },
            })}
          />
        </fieldset>
      ) : null}
      <TextField
        id="order-purpose"
        label={t('documents.order.purpose')}
        hint={t('documents.order.purposeHint')}
        maxLength={200}
        error={errors.purpose?.message}
        {...form.register('purpose')}
      />
      <FormAlert error={serverErrors.formError} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={order.isPending}>
          {order.isPending ? t('documents.order.submitting') : t('documents.order.submit')}
        </button>
      </div>
    </form>
  );
}
