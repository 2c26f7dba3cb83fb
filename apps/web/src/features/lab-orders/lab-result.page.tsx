import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useServerErrors } from '../../shared/forms/server-errors';
import { ErrorMessage } from '../../shared/ui/error-message';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { TextField } from '../../shared/ui/text-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { isBlankOrDecimal, type ResultsFormValues, resultFormOf, resultsRequestOf } from './lab-order-forms';
import { LabOrderSummary } from './lab-order-summary';
import { LAB_ORDERS_KEY, labApi, labQueries, type TLabOrder } from './lab-orders.api';
import '../account/account.css';
import './lab-orders.css';

/** `/doctor/labs/:orderId` — the results of one order, entered by the nurse who took the sample (or a doctor). */
export function LabResultPage() {
  const { t } = useTranslation();
  const { orderId = '' } = useParams();
  const order = useQuery(labQueries.order(orderId));
  const [saved, setSaved] = useState('');
  useDocumentTitle(t('labs.result.title'));
  return (
    <div className="page doctor-page">
      <PageHeading isReady={!order.isPending}>{t('labs.result.title')}</PageHeading>
      {order.isPending ? <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus> : null}
      {order.isError ? <ErrorMessage error={order.error} onRetry={() => void order.refetch()} /> : null}
      {order.data ? (
        <>
          <LabOrderSummary order={order.data} showPatient />
          {order.data.status === 'active' && !saved ? (
            <ResultsForm
              order={order.data}
              onSaved={() => setSaved(t('labs.result.saved', { number: order.data.number }))}
            />
          ) : null}
        </>
      ) : null}
      <LiveStatus>{saved}</LiveStatus>
      <p>
        <Link to="/doctor/labs">{t('labs.result.back')}</Link>
      </p>
    </div>
  );
}

function ResultsForm({ order, onSaved }: { order: TLabOrder; onSaved: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<ResultsFormValues>({ defaultValues: resultFormOf(order) });
  const serverErrors = useServerErrors(form);
  const rows = form.getValues('results');
  const errors = form.formState.errors.results;
  const enter = useMutation({
    mutationFn: (values: ResultsFormValues) => labApi.enterResults(order.id, resultsRequestOf(values)),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    // The order is completed now: its page shows it so, the lists lose it.
    onSuccess: () => {
      onSaved();
      void queryClient.invalidateQueries({ queryKey: LAB_ORDERS_KEY });
    },
  });
  const decimal = { validate: (text: string) => isBlankOrDecimal(text) || t('labs.result.notANumber') };
  return (
    <form
      className="lab-result-form"
      noValidate
      aria-label={t('labs.result.formLabel', { number: order.number })}
      onSubmit={form.handleSubmit((values) => enter.mutate(values))}
    >
      {rows.map((row, index) => {
        const id = `result-${index}`;
        const rowErrors = errors?.[index];
        return (
          <fieldset key={row.code} className="lab-result-form__row">
            <legend className="field__label">{row.name}</legend>
            <TextField
              id={`${id}-value`}
              label={t('labs.result.value', { name: row.name })}
              error={rowErrors?.value?.message}
              {...form.register(`results.${index}.value`, {
                validate: (text) => text.trim() !== '' || t('labs.result.valueRequired'),
              })}
            />
            <TextField
              id={`${id}-unit`}
              label={t('labs.result.unit', { name: row.name })}
              error={rowErrors?.unit?.message}
              {...form.register(`results.${index}.unit`)}
            />
            <TextField
              id={`${id}-low`}
              label={t('labs.result.low', { name: row.name })}
              inputMode="decimal"
              error={rowErrors?.referenceRange?.low?.message}
              {...form.register(`results.${index}.referenceRange.low`, decimal)}
            />
            <TextField
              id={`${id}-high`}
              label={t('labs.result.high', { name: row.name })}
              inputMode="decimal"
              error={rowErrors?.referenceRange?.high?.message}
              {...form.register(`results.${index}.referenceRange.high`, decimal)}
            />
          </fieldset>
        );
      })}
      <TextAreaField
        id="result-conclusion"
        label={t('labs.result.conclusion')}
        rows={2}
        maxLength={2000}
        error={form.formState.errors.conclusion?.message}
        {...form.register('conclusion')}
      />
      <FormAlert error={serverErrors.formError} />
      <button type="submit" className="button button--primary" disabled={enter.isPending}>
        {t('labs.result.submit')}
      </button>
    </form>
  );
}
