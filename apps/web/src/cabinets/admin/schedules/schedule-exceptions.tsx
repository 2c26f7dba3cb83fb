import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../../shared/forms/server-errors';
import { ConfirmAction } from '../../../shared/ui/confirm-action';
import { clinicWallTimeToIso } from '../../../shared/ui/dates';
import { describeError, ErrorMessage } from '../../../shared/ui/error-message';
import { FormAlert } from '../../../shared/ui/form-alert';
import { LiveStatus } from '../../../shared/ui/live-status';
import { EMPTY_PERIOD, PeriodFields, type PeriodValues } from './period-fields';
import { ConflictsTable, clinicDateTime } from './schedule-preview';
import { schedulesApi, schedulesQueries, type TScheduleExceptionChange } from './schedules-queries';

const EXCEPTION_KINDS = ['absence', 'vacation', 'sick_day', 'extra_hours'] as const;
type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

/** What an added or removed exception did to the role's slots, with the visits it leaves booked. */
function ExceptionResult({ change, timeZone }: { change: TScheduleExceptionChange; timeZone: string }) {
  const { t } = useTranslation();
  const { regeneration, conflicts } = change;
  return (
    <div role="status" className="notice notice--success">
      <p>
        {t('adminSchedules.exceptions.done', {
          insert: regeneration.inserted,
          delete: regeneration.deleted + regeneration.blocked,
          conflicts: conflicts.length,
        })}
      </p>
      {conflicts.length > 0 ? <ConflictsTable conflicts={conflicts} timeZone={timeZone} /> : null}
    </div>
  );
}

/**
 * «Исключения» of the chosen role: its absences, vacations, sick days and extra hours that have not ended,
 * with adding and removing; each change regenerates the slots and says what it did, naming the patients
 * whose visits it leaves booked (cancelling them is «Отмена периода»).
 */
export function ScheduleExceptions({ roleId, timeZone }: { roleId: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [since] = useState(() => new Date().toISOString());
  const exceptions = useQuery(schedulesQueries.exceptions(roleId, since));
  const [done, setDone] = useState<TScheduleExceptionChange | null>(null);
  const form = useForm<PeriodValues>({ defaultValues: EMPTY_PERIOD });
  const serverErrors = useServerErrors(form);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['account', 'admin-schedules'] });

  const add = useMutation({
    mutationFn: (values: PeriodValues) =>
      schedulesApi.addException(roleId, {
        kind: values.kind as ExceptionKind,
        startsAt: clinicWallTimeToIso(values.startsAt, timeZone),
        endsAt: clinicWallTimeToIso(values.endsAt, timeZone),
        reason: values.reason.trim() || undefined,
      }),
    onMutate: () => {
      serverErrors.clear();
      setDone(null);
    },
    onError: serverErrors.apply,
    onSuccess: async (change) => {
      setDone(change);
      form.reset(EMPTY_PERIOD);
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: schedulesApi.removeException,
    onMutate: () => setDone(null),
    onSuccess: async (change) => {
      setDone(change);
      await refresh();
    },
  });
  const at = (iso: string) => clinicDateTime(iso, timeZone, i18n.language);

  return (
    <section aria-labelledby="schedule-exceptions-title">
      <h2 id="schedule-exceptions-title">{t('adminSchedules.exceptions.title')}</h2>
      {exceptions.isError ? (
        <ErrorMessage error={exceptions.error} onRetry={() => void exceptions.refetch()} />
      ) : exceptions.isPending ? (
        <LiveStatus>{t('common.loading')}</LiveStatus>
      ) : exceptions.data.items.length === 0 ? (
        <p>{t('adminSchedules.exceptions.empty')}</p>
      ) : (
        <table className="schedule-table">
          <caption>{t('adminSchedules.exceptions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('adminSchedules.periodFields.kind')}</th>
              <th scope="col">{t('adminSchedules.exceptions.period')}</th>
              <th scope="col">{t('adminSchedules.periodFields.reason')}</th>
              <th scope="col">{t('adminSchedules.exceptions.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {exceptions.data.items.map((item) => {
              const period = t('adminSchedules.periodFields.range', {
                from: at(item.startsAt),
                to: at(item.endsAt),
              });
              return (
                <tr key={item.id}>
                  <td>{t(`adminSchedules.periodFields.kinds.${item.kind}`)}</td>
                  <td>{period}</td>
                  <td>{item.reason ?? '—'}</td>
                  <td>
                    <ConfirmAction
                      label={t('adminSchedules.exceptions.remove')}
                      labelDetail={period}
                      question={t('adminSchedules.exceptions.removeQuestion', { period })}
                      confirmLabel={t('adminSchedules.exceptions.removeConfirm')}
                      isPending={remove.isPending}
                      error={
                        remove.isError && remove.variables === item.id ? describeError(remove.error, t) : null
                      }
                      onConfirm={() => remove.mutate(item.id)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {done ? <ExceptionResult change={done} timeZone={timeZone} /> : null}
      <form
        noValidate
        aria-labelledby="schedule-exception-add-title"
        onSubmit={form.handleSubmit((values) => add.mutate(values))}
      >
        <h3 id="schedule-exception-add-title">{t('adminSchedules.exceptions.add')}</h3>
        <PeriodFields form={form} idPrefix="schedule-exception" kinds={EXCEPTION_KINDS} />
        <FormAlert error={serverErrors.formError} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            {t('adminSchedules.exceptions.addSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
