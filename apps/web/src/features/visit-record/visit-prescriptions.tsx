import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../shared/forms/server-errors';
import { formatCalendarDate } from '../../shared/ui/dates';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { TextField } from '../../shared/ui/text-field';
import { ReferenceCombobox } from './reference-combobox';
import { type TMedicine, type TPrescription, visitApi, visitQueries } from './visit-record.api';

interface PrescriptionForm {
  form: string;
  strength: string;
  dosageText: string;
  quantity: string;
  validDays: string;
}

const EMPTY: PrescriptionForm = { form: '', strength: '', dosageText: '', quantity: '', validDays: '60' };

/**
 * The visit's e-prescriptions (issue 12, item 4): a medicine found by МНН, its form and dose from the
 * reference, the dosage, quantity and validity → a draft; then «Подписать» (the practitioner's electronic
 * signature) and «Отправить в аптеку». Each shows its status; the list is read again when the page regains
 * the focus.
 */
export function VisitPrescriptions({ patientId, encounterId }: { patientId: string; encounterId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [medicine, setMedicine] = useState<TMedicine | null>(null);
  const [status, setStatus] = useState('');
  const form = useForm<PrescriptionForm>({ defaultValues: EMPTY });
  const serverErrors = useServerErrors(form);
  const list = useQuery(visitQueries.prescriptions(encounterId));
  const mine = list.data?.items ?? [];
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: visitQueries.prescriptions(encounterId).queryKey });
  const chosenForm = medicine?.forms.find((f) => f.form === form.watch('form'));

  const prescribe = useMutation({
    mutationFn: (values: PrescriptionForm) =>
      visitApi.prescribe({
        patientId,
        encounterId,
        medicineId: medicine?.id ?? '',
        form: values.form,
        strength: values.strength,
        dosageText: values.dosageText,
        quantity: Number(values.quantity),
        validDays: Number(values.validDays),
      }),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: (created) => {
      setStatus(t('visit.rx.created', { number: created.number }));
      setMedicine(null);
      form.reset(EMPTY);
      void refresh();
    },
  });
  const move = useMutation({
    mutationFn: ({ id, to }: { id: string; to: 'sign' | 'send' }) =>
      to === 'sign' ? visitApi.sign(id) : visitApi.send(id),
    onSuccess: (moved) => {
      setStatus(`${t(`visit.rx.status.${moved.status}`)} — № ${moved.number}`);
      void refresh();
    },
  });

  const chooseMedicine = (chosen: TMedicine) => {
    setMedicine(chosen);
    const first = chosen.forms[0];
    form.setValue('form', first?.form ?? '');
    form.setValue('strength', first?.strengths[0] ?? '');
  };

  return (
    <section className="visit-section" aria-labelledby="visit-rx">
      <h2 id="visit-rx" className="section">
        {t('visit.rx.title')}
      </h2>
      <LiveStatus>{status}</LiveStatus>
      {mine.length > 0 ? (
        <ul className="record-list">
          {mine.map((p) => (
            <PrescriptionItem
              key={p.id}
              prescription={p}
              isBusy={move.isPending}
              onMove={(to) => move.mutate({ id: p.id, to })}
            />
          ))}
        </ul>
      ) : null}
      <FormAlert error={move.error} />
      <ReferenceCombobox
        label={t('visit.rx.medicine')}
        hint={t('visit.rx.medicineHint')}
        queryKey="medicines"
        search={visitApi.searchMedicines}
        toOption={(m) => ({ key: m.id, label: `${m.name} (${m.latinName})` })}
        onChoose={chooseMedicine}
      />
      {medicine ? (
        <form
          className="visit-rx-form"
          noValidate
          onSubmit={form.handleSubmit((values) => prescribe.mutate(values))}
          aria-label={t('visit.rx.formLabel', { name: medicine.name })}
        >
          <p>
            <strong>{medicine.name}</strong>
          </p>
          <div className="field">
            <label htmlFor="rx-form" className="field__label">
              {t('visit.rx.form')}
            </label>
            <select
              id="rx-form"
              className="field__select"
              {...form.register('form', {
                onChange: (event) => {
                  const next = medicine.forms.find((f) => f.form === event.target.value);
                  form.setValue('strength', next?.strengths[0] ?? '');
                },
              })}
            >
              {medicine.forms.map((f) => (
                <option key={f.form} value={f.form}>
                  {f.form}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="rx-strength" className="field__label">
              {t('visit.rx.strength')}
            </label>
            <select id="rx-strength" className="field__select" {...form.register('strength')}>
              {(chosenForm?.strengths ?? []).map((strength) => (
                <option key={strength} value={strength}>
                  {strength}
                </option>
              ))}
            </select>
          </div>
          <TextAreaField
            id="rx-dosage"
            label={t('visit.rx.dosage')}
            rows={2}
            maxLength={500}
            error={form.formState.errors.dosageText?.message}
            {...form.register('dosageText', { required: t('visit.rx.dosageRequired') })}
          />
          <TextField
            id="rx-quantity"
            label={t('visit.rx.quantity', { unit: chosenForm?.unit ?? '' })}
            inputMode="numeric"
            error={form.formState.errors.quantity?.message}
            {...form.register('quantity', {
              required: t('visit.rx.quantityRequired'),
              pattern: { value: /^[1-9][0-9]{0,2}$/, message: t('visit.rx.quantityRequired') },
            })}
          />
          <TextField
            id="rx-valid"
            label={t('visit.rx.validDays')}
            inputMode="numeric"
            error={form.formState.errors.validDays?.message}
            {...form.register('validDays', {
              pattern: { value: /^[1-9][0-9]{0,2}$/, message: t('visit.rx.validDaysInvalid') },
            })}
          />
          <FormAlert error={serverErrors.formError} />
          <button type="submit" className="button button--primary" disabled={prescribe.isPending}>
            {t('visit.rx.create')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

function PrescriptionItem({
  prescription: p,
  isBusy,
  onMove,
}: {
  prescription: TPrescription;
  isBusy: boolean;
  onMove: (to: 'sign' | 'send') => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <li className="record-list__item">
      <p>
        <strong>
          {t('visit.rx.number', { number: p.number })}: {p.medicine.name}
        </strong>
        {[p.medicine.form, p.medicine.strength].filter(Boolean).map((part) => `, ${part}`)}
      </p>
      <p>
        {p.dosageText} · {t('visit.rx.quantityShort', { n: p.quantity })} ·{' '}
        {t('visit.rx.validUntil', { date: formatCalendarDate(p.validUntil, i18n.language) })}
      </p>
      <p>
        {t('visit.rx.statusLabel')}: <strong>{t(`visit.rx.status.${p.status}`)}</strong>
      </p>
      {p.status === 'draft' ? (
        <button
          type="button"
          className="button button--primary"
          disabled={isBusy}
          onClick={() => onMove('sign')}
        >
          {t('visit.rx.sign', { number: p.number })}
        </button>
      ) : null}
      {p.status === 'signed' ? (
        <button
          type="button"
          className="button button--primary"
          disabled={isBusy}
          onClick={() => onMove('send')}
        >
          {t('visit.rx.send', { number: p.number })}
        </button>
      ) : null}
    </li>
  );
}
