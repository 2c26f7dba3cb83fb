import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, type SelectOption } from '../../shared/ui/select-field';
import { TextField } from '../../shared/ui/text-field';
import { PAST_STATUSES } from '../booking/visit-actions';
import { type HistoryFilters, periodProblems } from './history-filters';

interface HistoryFiltersFormProps {
  applied: HistoryFilters;
  /** Doctors of the user's history, for the doctor select. */
  doctors: readonly SelectOption[];
  /** The user and their wards; empty when there is nobody but the user. */
  people: readonly SelectOption[];
  onApply: (filters: HistoryFilters) => void;
}

const EMPTY: HistoryFilters = { from: '', to: '', practitioner: '', status: '', patientId: '' };

/**
 * The history's filters: period, doctor, status (and person, for a family). Applied by «Показать», not on
 * every keystroke, so a half-typed date does not reload the table; errors sit under their fields.
 */
export function HistoryFiltersForm({ applied, doctors, people, onApply }: HistoryFiltersFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(applied);
  const [errors, setErrors] = useState<ReturnType<typeof periodProblems>>({});
  const [attempt, setAttempt] = useState(0);
  // Back and forward change the applied filters: the fields follow.
  useEffect(() => setDraft(applied), [applied]);
  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const set = (key: keyof HistoryFilters) => (value: string) => setDraft((old) => ({ ...old, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = periodProblems(draft);
    setErrors(problems);
    if (problems.from || problems.to) {
      setAttempt((n) => n + 1);
      return;
    }
    onApply(draft);
  }

  const all = { value: '', label: t('history.filters.all') };
  return (
    <form
      ref={formRef}
      className="history-filters"
      aria-labelledby="history-filters-heading"
      onSubmit={submit}
      noValidate
    >
      <h2 id="history-filters-heading">{t('history.filters.title')}</h2>
      <div className="history-filters__grid">
        <TextField
          id="history-from"
          type="date"
          label={t('history.filters.from')}
          value={draft.from}
          error={errors.from ? t(`history.filters.errors.${errors.from}`) : null}
          onChange={(event) => set('from')(event.target.value)}
        />
        <TextField
          id="history-to"
          type="date"
          label={t('history.filters.to')}
          value={draft.to}
          error={errors.to ? t(`history.filters.errors.${errors.to}`) : null}
          onChange={(event) => set('to')(event.target.value)}
        />
        <SelectField
          id="history-doctor"
          label={t('history.filters.doctor')}
          value={draft.practitioner}
          options={[all, ...doctors]}
          onChange={set('practitioner')}
        />
        <SelectField
          id="history-status"
          label={t('history.filters.status')}
          value={draft.status}
          options={[
            all,
            ...PAST_STATUSES.map((status) => ({ value: status, label: t(`booking.statuses.${status}`) })),
          ]}
          onChange={set('status')}
        />
        {people.length > 1 ? (
          <SelectField
            id="history-person"
            label={t('history.filters.person')}
            value={draft.patientId}
            options={[all, ...people]}
            onChange={set('patientId')}
          />
        ) : null}
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('history.filters.apply')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setErrors({});
            onApply(EMPTY);
          }}
        >
          {t('history.filters.reset')}
        </button>
      </div>
    </form>
  );
}
