import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../../shared/forms/server-errors';
import { clinicWallTimeToIso } from '../../../shared/ui/dates';
import { FormAlert } from '../../../shared/ui/form-alert';
import { EMPTY_PERIOD, PeriodFields, type PeriodValues } from './period-fields';
import { clinicDateTime } from './schedule-preview';
import { schedulesApi, type TCancelPeriodBody, type TCancelPeriodPreview } from './schedules-queries';

const CANCEL_KINDS = ['absence', 'vacation', 'sick_day'] as const;

/**
 * «Отмена периода»: the clinic cancels a practitioner's day or period. «Показать приёмы» asks the server's dry
 * run, which lists the visits the cancellation would cancel (time, patient, where they will hear of it);
 * «Отменить приёмы» then cancels exactly that period and says what it did. Changing a field drops the list.
 */
export function CancelPeriod({ roleId, timeZone }: { roleId: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<PeriodValues>({ defaultValues: EMPTY_PERIOD });
  const serverErrors = useServerErrors(form);
  const [previewed, setPreviewed] = useState<{
    body: TCancelPeriodBody;
    preview: TCancelPeriodPreview;
  } | null>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);

  const preview = useMutation({
    mutationFn: async (body: TCancelPeriodBody) => ({
      body,
      preview: await schedulesApi.previewCancel(roleId, body),
    }),
    onMutate: () => {
      serverErrors.clear();
      setPreviewed(null);
    },
    onError: serverErrors.apply,
    onSuccess: setPreviewed,
  });
  const cancel = useMutation({
    mutationFn: (body: TCancelPeriodBody) => schedulesApi.cancelPeriod(roleId, body),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: async () => {
      setPreviewed(null);
      form.reset(EMPTY_PERIOD);
      await queryClient.invalidateQueries({ queryKey: ['account', 'admin-schedules'] });
    },
  });
  // The confirming button goes with the list: the focus moves to the result in its place.
  useEffect(() => {
    if (cancel.data) resultRef.current?.focus();
  }, [cancel.data]);
  const toBody = (values: PeriodValues): TCancelPeriodBody => ({
    kind: values.kind as (typeof CANCEL_KINDS)[number],
    from: clinicWallTimeToIso(values.startsAt, timeZone),
    to: clinicWallTimeToIso(values.endsAt, timeZone),
    reason: values.reason,
  });
  const visits = previewed?.preview.visits ?? [];

  return (
    <section aria-labelledby="schedule-cancel-title">
      <h2 id="schedule-cancel-title">{t('adminSchedules.cancel.title')}</h2>
      <p>{t('adminSchedules.cancel.lead')}</p>
      <form
        noValidate
        aria-labelledby="schedule-cancel-title"
        onChange={() => setPreviewed(null)}
        onSubmit={form.handleSubmit((values) => {
          cancel.reset();
          preview.mutate(toBody(values));
        })}
      >
        <PeriodFields form={form} idPrefix="schedule-cancel" kinds={CANCEL_KINDS} />
        <FormAlert error={serverErrors.formError} />
        <div className="actions">
          <button type="submit" className="button button--secondary" disabled={preview.isPending}>
            {t('adminSchedules.cancel.show')}
          </button>
        </div>
      </form>
      {previewed ? (
        <div aria-live="polite">
          {visits.length === 0 ? (
            <p>{t('adminSchedules.cancel.noVisits')}</p>
          ) : (
            <table className="schedule-table">
              <caption>{t('adminSchedules.cancel.caption', { count: visits.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('adminSchedules.preview.visitTime')}</th>
                  <th scope="col">{t('adminSchedules.preview.patient')}</th>
                  <th scope="col">{t('adminSchedules.cancel.channels')}</th>
                </tr>
              </thead>
              <tbody>
                {visits.map((visit) => (
                  <tr key={visit.appointmentId}>
                    <td>{clinicDateTime(visit.start, timeZone, i18n.language)}</td>
                    <td>{visit.patientName}</td>
                    <td>
                      {visit.channels.length
                        ? visit.channels
                            .map((channel) => t(`adminSchedules.cancel.channel.${channel}`))
                            .join(', ')
                        : t('adminSchedules.cancel.noChannel')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="actions">
            <button
              type="button"
              className="button button--danger"
              disabled={cancel.isPending}
              onClick={() => cancel.mutate(previewed.body)}
            >
              {t('adminSchedules.cancel.confirm')}
            </button>
          </div>
        </div>
      ) : null}
      {cancel.data ? (
        <p ref={resultRef} tabIndex={-1} role="status" className="notice notice--success">
          {t('adminSchedules.cancel.done', {
            cancelled: cancel.data.cancelled,
            blocked: cancel.data.blockedSlots,
          })}
        </p>
      ) : null}
    </section>
  );
}
