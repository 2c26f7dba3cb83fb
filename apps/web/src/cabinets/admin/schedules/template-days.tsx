import type { ZUpdateSchedule, z } from '@talon/contracts';
import { type UseFormReturn, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/ui/text-field';

export type ScheduleFormValues = z.input<typeof ZUpdateSchedule>;
type Form = UseFormReturn<ScheduleFormValues, unknown, z.output<typeof ZUpdateSchedule>>;

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The template's working days: one group per day (weekday, hours, breaks), named by its weekday so that a
 * screen reader and a test find «Понедельник» and its «Конец».
 */
export function TemplateDays({ form }: { form: Form }) {
  const { t } = useTranslation();
  const days = useFieldArray({ control: form.control, name: 'days' });
  const weekdays = useWatch({ control: form.control, name: 'days' });
  const errors = form.formState.errors.days;
  const addDay = () => {
    const taken = new Set(weekdays.map((day) => day.weekday));
    const weekday = WEEKDAYS.find((day) => !taken.has(day)) ?? 1;
    days.append({ weekday, start: '08:00', end: '14:00', breaks: [] });
  };
  return (
    <div className="schedule-days">
      {days.fields.map((field, index) => {
        const weekday = weekdays[index]?.weekday ?? field.weekday;
        const error = errors?.[index];
        return (
          <fieldset key={field.id} className="schedule-day">
            <legend>{t(`adminSchedules.weekdays.${weekday}`, { defaultValue: String(weekday) })}</legend>
            <div className="field">
              <label htmlFor={`day-${index}-weekday`} className="field__label">
                {t('adminSchedules.form.weekday')}
              </label>
              <select
                id={`day-${index}-weekday`}
                className="field__select"
                {...form.register(`days.${index}.weekday`, { setValueAs: Number })}
              >
                {WEEKDAYS.map((day) => (
                  <option key={day} value={day}>
                    {t(`adminSchedules.weekdays.${day}`)}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              id={`day-${index}-start`}
              type="time"
              label={t('adminSchedules.form.start')}
              {...form.register(`days.${index}.start`)}
              error={error?.start?.message}
            />
            <TextField
              id={`day-${index}-end`}
              type="time"
              label={t('adminSchedules.form.end')}
              {...form.register(`days.${index}.end`)}
              error={error?.end?.message ?? error?.message}
            />
            <DayBreaks form={form} dayIndex={index} />
            <button type="button" className="button button--secondary" onClick={() => days.remove(index)}>
              {t('adminSchedules.form.removeDay')}
            </button>
          </fieldset>
        );
      })}
      {errors?.message ? <p className="field__error">{errors.message}</p> : null}
      <button
        type="button"
        className="button button--secondary"
        onClick={addDay}
        disabled={days.fields.length >= 7}
      >
        {t('adminSchedules.form.addDay')}
      </button>
    </div>
  );
}

function DayBreaks({ form, dayIndex }: { form: Form; dayIndex: number }) {
  const { t } = useTranslation();
  const breaks = useFieldArray({ control: form.control, name: `days.${dayIndex}.breaks` });
  const errors = form.formState.errors.days?.[dayIndex]?.breaks;
  return (
    <div className="schedule-breaks">
      {breaks.fields.map((field, index) => (
        <div key={field.id} className="schedule-break">
          <TextField
            id={`day-${dayIndex}-break-${index}-start`}
            type="time"
            label={t('adminSchedules.form.breakStart')}
            {...form.register(`days.${dayIndex}.breaks.${index}.start`)}
            error={errors?.[index]?.start?.message ?? errors?.[index]?.message}
          />
          <TextField
            id={`day-${dayIndex}-break-${index}-end`}
            type="time"
            label={t('adminSchedules.form.breakEnd')}
            {...form.register(`days.${dayIndex}.breaks.${index}.end`)}
            error={errors?.[index]?.end?.message}
          />
          <button type="button" className="button button--link" onClick={() => breaks.remove(index)}>
            {t('adminSchedules.form.removeBreak')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--link"
        onClick={() => breaks.append({ start: '11:00', end: '11:30' })}
      >
        {t('adminSchedules.form.addBreak')}
      </button>
    </div>
  );
}
