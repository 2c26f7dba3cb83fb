import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../shared/forms/server-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { RadioGroupField } from '../../shared/ui/radio-group-field';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { TextField } from '../../shared/ui/text-field';
import { useMe } from '../auth/use-me';
import { matchLabTests } from './lab-order-forms';
import { LabOrderSummary } from './lab-order-summary';
import { LAB_ORDERS_KEY, labApi, labQueries } from './lab-orders.api';

interface OrderForm {
  codes: string[];
  priority: 'routine' | 'urgent';
  note: string;
}

const EMPTY: OrderForm = { codes: [], priority: 'routine', note: '' };

/**
 * The visit's laboratory orders (issue 12 item 3): «Назначить анализы» — panels or analytes found by words in
 * the reference, the priority and a note for the nurse — and the visit's orders with their status; the
 * requester may revoke an active one.
 */
export function VisitLabOrders({ encounterId }: { encounterId: string }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const list = useQuery(labQueries.ofVisit(encounterId));
  const refresh = () => queryClient.invalidateQueries({ queryKey: LAB_ORDERS_KEY });
  const revoke = useMutation({
    mutationFn: labApi.revoke,
    onSuccess: (revoked) => {
      setStatus(t('labs.order.revoked', { number: revoked.number }));
      void refresh();
    },
  });
  const orders = list.data?.items ?? [];
  return (
    <section className="visit-section" aria-labelledby="visit-labs">
      <h2 id="visit-labs" className="section">
        {t('labs.visit.title')}
      </h2>
      <LiveStatus>{status}</LiveStatus>
      {orders.length > 0 ? (
        <ul className="record-list">
          {orders.map((order) => (
            <li key={order.id} className="record-list__item">
              <LabOrderSummary order={order} />
              {order.status === 'active' && order.requester.id === me?.practitionerId ? (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate(order.id)}
                >
                  {t('labs.order.revoke', { number: order.number })}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <FormAlert error={revoke.error} />
      <LabOrderForm
        encounterId={encounterId}
        onOrdered={(number) => {
          setStatus(t('labs.order.created', { number }));
          void refresh();
        }}
      />
    </section>
  );
}

function LabOrderForm({
  encounterId,
  onOrdered,
}: {
  encounterId: string;
  onOrdered: (number: string) => void;
}) {
  const { t } = useTranslation();
  const catalogue = useQuery(labQueries.catalogue());
  const [search, setSearch] = useState('');
  const form = useForm<OrderForm>({ defaultValues: EMPTY });
  const serverErrors = useServerErrors(form);
  const order = useMutation({
    mutationFn: (values: OrderForm) =>
      labApi.order(encounterId, {
        codes: values.codes,
        priority: values.priority,
        note: values.note.trim() || null,
      }),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: (created) => {
      form.reset(EMPTY);
      setSearch('');
      onOrdered(created.number);
    },
  });
  const matches = catalogue.data ? matchLabTests(catalogue.data, search) : [];
  const nameOf = (code: string) =>
    catalogue.data?.panels.find((p) => p.code === code)?.name ??
    catalogue.data?.analytes.find((a) => a.code === code)?.name ??
    code;

  return (
    <form
      className="visit-rx-form"
      noValidate
      aria-labelledby="lab-order-title"
      onSubmit={form.handleSubmit((values) => order.mutate(values))}
    >
      <h3 id="lab-order-title">{t('labs.visit.order')}</h3>
      <Controller
        control={form.control}
        name="codes"
        rules={{ validate: (codes) => codes.length > 0 || t('labs.visit.codesRequired') }}
        render={({ field, fieldState }) => {
          const toggle = (code: string, isOn: boolean) =>
            field.onChange(isOn ? [...field.value, code] : field.value.filter((c) => c !== code));
          return (
            <>
              <TextField
                id="lab-search"
                type="search"
                label={t('labs.visit.search')}
                hint={t('labs.visit.searchHint')}
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                onKeyDown={(event) => {
                  // Enter in the search field filters; it never sends the order by accident.
                  if (event.key === 'Enter') event.preventDefault();
                }}
                ref={field.ref}
                error={fieldState.error?.message}
              />
              <fieldset className="radio-group radio-group--stacked">
                <legend className="field__label">{t('labs.visit.matches')}</legend>
                <LiveStatus>
                  {catalogue.data ? t('labs.visit.found', { count: matches.length }) : t('common.loading')}
                </LiveStatus>
                {matches.map((option) => (
                  <label key={option.code} className="choice">
                    <input
                      type="checkbox"
                      checked={field.value.includes(option.code)}
                      onChange={(event) => toggle(option.code, event.target.checked)}
                    />
                    {option.name}{' '}
                    <span className="field__hint">
                      {option.kind === 'panel'
                        ? t('labs.visit.panelOf', { count: Number(option.detail) })
                        : option.detail}
                    </span>
                  </label>
                ))}
              </fieldset>
              <div>
                <h4 id="lab-chosen">{t('labs.visit.chosen', { count: field.value.length })}</h4>
                {field.value.length > 0 ? (
                  <ul aria-labelledby="lab-chosen">
                    {field.value.map((code) => (
                      <li key={code}>
                        {nameOf(code)}{' '}
                        <button
                          type="button"
                          className="button button--link"
                          onClick={() => toggle(code, false)}
                        >
                          {t('labs.visit.remove', { name: nameOf(code) })}
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            </>
          );
        }}
      />
      <Controller
        control={form.control}
        name="priority"
        render={({ field }) => (
          <RadioGroupField
            id="lab-priority"
            name="lab-priority"
            legend={t('labs.visit.priority')}
            options={[
              { value: 'routine', label: t('labs.priority.routine') },
              { value: 'urgent', label: t('labs.priority.urgent') },
            ]}
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <TextAreaField
        id="lab-note"
        label={t('labs.visit.note')}
        rows={2}
        maxLength={1000}
        error={form.formState.errors.note?.message}
        {...form.register('note')}
      />
      <FormAlert error={serverErrors.formError} />
      <button type="submit" className="button button--primary" disabled={order.isPending}>
        {t('labs.visit.submit')}
      </button>
    </form>
  );
}
