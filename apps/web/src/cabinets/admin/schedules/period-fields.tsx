import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../shared/ui/select-field';
import { TextField } from '../../../shared/ui/text-field';

/** A period of a role as its forms hold it: the kind, the clinic's wall times of a `datetime-local` field, why. */
export interface PeriodValues {
  kind: string;
  startsAt: string;
  endsAt: string;
  reason: string;
}

/** Every kind a period may have: an exception's four; a cancellation takes the first three. */
export type PeriodKind = 'absence' | 'vacation' | 'sick_day' | 'extra_hours';

export const EMPTY_PERIOD: PeriodValues = { kind: 'absence', startsAt: '', endsAt: '', reason: '' };

interface PeriodFieldsProps {
  form: UseFormReturn<PeriodValues>;
  /** The base of the fields' ids: two forms on one page. */
  idPrefix: string;
  kinds: readonly PeriodKind[];
}

/**
 * The fields of an exception and of a clinic-side cancellation: the kind, the start and end in the clinic's
 * time and the reason. The server's errors (`body.startsAt`, `body.endsAt`, `body.reason`) land on them.
 */
export function PeriodFields({ form, idPrefix, kinds }: PeriodFieldsProps) {
  const { t } = useTranslation();
  const errors = form.formState.errors;
  return (
    <div className="schedule-form__row">
      <Controller
        control={form.control}
        name="kind"
        render={({ field, fieldState }) => (
          <SelectField
            id={`${idPrefix}-kind`}
            label={t('adminSchedules.periodFields.kind')}
            value={field.value}
            onChange={field.onChange}
            options={kinds.map((kind) => ({
              value: kind,
              label: t(`adminSchedules.periodFields.kinds.${kind}`),
            }))}
            error={fieldState.error?.message}
          />
        )}
      />
      <TextField
        id={`${idPrefix}-starts-at`}
        type="datetime-local"
        label={t('adminSchedules.periodFields.startsAt')}
        {...form.register('startsAt', { required: t('adminSchedules.periodFields.required') })}
        error={errors.startsAt?.message}
      />
      <TextField
        id={`${idPrefix}-ends-at`}
        type="datetime-local"
        label={t('adminSchedules.periodFields.endsAt')}
        {...form.register('endsAt', { required: t('adminSchedules.periodFields.required') })}
        error={errors.endsAt?.message}
      />
      <TextField
        id={`${idPrefix}-reason`}
        label={t('adminSchedules.periodFields.reason')}
        maxLength={500}
        autoComplete="off"
        {...form.register('reason')}
        error={errors.reason?.message}
      />
    </div>
  );
}
