import { zodResolver } from '@hookform/resolvers/zod';
import { ZScheduleChannel, ZUpdateSchedule, type z } from '@talon/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../../shared/forms/server-errors';
import { FormAlert } from '../../../shared/ui/form-alert';
import { TextField } from '../../../shared/ui/text-field';
import { useDebounced } from '../../../shared/ui/use-debounced';
import { SchedulePreview } from './schedule-preview';
import { schedulesApi, schedulesQueries, type TSchedule, type TSlotRegeneration } from './schedules-queries';
import { type ScheduleFormValues, TemplateDays } from './template-days';

type Template = z.output<typeof ZUpdateSchedule>;
const PREVIEW_DELAY_MS = 400;

const valuesOf = (schedule: TSchedule | null, today: string): ScheduleFormValues =>
  schedule
    ? {
        validFrom: schedule.validFrom,
        validTo: schedule.validTo,
        slotMinutes: schedule.slotMinutes,
        days: schedule.days,
        visitTypes: schedule.visitTypes,
        channels: schedule.channels,
        priorityPercent: schedule.priorityPercent,
        priorityReleaseHours: schedule.priorityReleaseHours,
        locationId: schedule.locationId,
      }
    : {
        validFrom: today,
        validTo: null,
        slotMinutes: null,
        days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '14:00', breaks: [] })),
        channels: ['internet', 'registry'],
        priorityPercent: 0,
        priorityReleaseHours: 24,
        locationId: null,
      };

interface ScheduleFormProps {
  roleId: string;
  /** The template edited; a new one when null. */
  schedule: TSchedule | null;
  today: string;
  onSaved: (schedule: TSchedule) => void;
}

/**
 * The weekly template's form (react-hook-form, checked with the server's own zod schema) beside its preview:
 * whenever the values make a template, the server plans it 400 ms after the last change, and the save shows
 * what it did to the slots.
 */
export function ScheduleForm({ roleId, schedule, today, onSaved }: ScheduleFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<TSlotRegeneration | null>(null);
  const form = useForm<ScheduleFormValues, unknown, Template>({
    resolver: zodResolver(ZUpdateSchedule),
    defaultValues: valuesOf(schedule, today),
  });
  const serverErrors = useServerErrors(form);

  const watched = JSON.stringify(useWatch({ control: form.control }));
  const settled = useDebounced(watched, PREVIEW_DELAY_MS);
  const candidate = useMemo(() => ZUpdateSchedule.safeParse(JSON.parse(settled)), [settled]);
  const preview = useQuery({
    ...schedulesQueries.preview(
      roleId,
      schedule?.id ?? null,
      candidate.success ? candidate.data : (valuesOf(null, today) as Template),
    ),
    enabled: candidate.success,
  });

  const save = useMutation({
    mutationFn: (template: Template) => schedulesApi.save(roleId, schedule?.id ?? null, template),
    onMutate: () => {
      serverErrors.clear();
      setSaved(null);
    },
    onError: serverErrors.apply,
    onSuccess: async (change) => {
      setSaved(change.regeneration);
      await queryClient.invalidateQueries({ queryKey: ['account', 'admin-schedules'] });
      onSaved(change.schedule);
    },
  });

  const errors = form.formState.errors;
  return (
    <div className="schedule-editor">
      <form
        className="schedule-form"
        noValidate
        aria-labelledby="schedule-form-title"
        onSubmit={form.handleSubmit((values) => save.mutate(values))}
      >
        <h2 id="schedule-form-title">
          {schedule ? t('adminSchedules.form.editTitle') : t('adminSchedules.form.newTitle')}
        </h2>
        <div className="schedule-form__row">
          <TextField
            id="schedule-valid-from"
            type="date"
            label={t('adminSchedules.form.validFrom')}
            {...form.register('validFrom')}
            error={errors.validFrom?.message}
          />
          <TextField
            id="schedule-valid-to"
            type="date"
            label={t('adminSchedules.form.validTo')}
            hint={t('adminSchedules.form.validToHint')}
            {...form.register('validTo', { setValueAs: (value) => (value ? value : null) })}
            error={errors.validTo?.message}
          />
        </div>
        <div className="schedule-form__row">
          <div className="field">
            <label htmlFor="schedule-slot-minutes" className="field__label">
              {t('adminSchedules.form.slotMinutes')}
            </label>
            <select
              id="schedule-slot-minutes"
              className="field__select"
              {...form.register('slotMinutes', { setValueAs: (value) => (value ? Number(value) : null) })}
            >
              <option value="">{t('adminSchedules.form.slotDefault')}</option>
              <option value="15">{t('adminSchedules.form.minutes', { count: 15 })}</option>
              <option value="30">{t('adminSchedules.form.minutes', { count: 30 })}</option>
            </select>
            {errors.slotMinutes?.message ? (
              <p className="field__error">{errors.slotMinutes.message}</p>
            ) : null}
          </div>
          <TextField
            id="schedule-priority-percent"
            type="number"
            min={0}
            max={100}
            label={t('adminSchedules.form.priorityPercent')}
            {...form.register('priorityPercent', { valueAsNumber: true })}
            error={errors.priorityPercent?.message}
          />
          <TextField
            id="schedule-priority-release"
            type="number"
            min={0}
            label={t('adminSchedules.form.priorityReleaseHours')}
            {...form.register('priorityReleaseHours', { valueAsNumber: true })}
            error={errors.priorityReleaseHours?.message}
          />
        </div>
        <fieldset
          className="schedule-channels"
          aria-describedby={errors.channels ? 'schedule-channels-error' : undefined}
        >
          <legend>{t('adminSchedules.form.channels')}</legend>
          {ZScheduleChannel.options.map((channel) => (
            <label key={channel} className="checkbox">
              <input type="checkbox" value={channel} {...form.register('channels')} />
              {t(`adminSchedules.channels.${channel}`)}
            </label>
          ))}
          {errors.channels?.message ? (
            <p id="schedule-channels-error" className="field__error">
              {errors.channels.message}
            </p>
          ) : null}
        </fieldset>
        <TemplateDays form={form} />
        <FormAlert error={serverErrors.formError} />
        {saved ? (
          <p role="status" className="notice notice--success">
            {t('adminSchedules.form.saved', {
              insert: saved.inserted,
              delete: saved.deleted + saved.blocked,
              conflicts: saved.conflicts.length,
            })}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('adminSchedules.form.saving') : t('adminSchedules.form.save')}
          </button>
        </div>
      </form>
      <SchedulePreview
        preview={candidate.success ? preview.data : undefined}
        error={candidate.success ? preview.error : null}
        isFetching={preview.isFetching || watched !== settled}
        isIncomplete={!candidate.success}
      />
    </div>
  );
}
