import { useMutation, useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../shared/forms/server-errors';
import { formatMoscowDateTime } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { FormActions } from '../../shared/ui/form-actions';
import { FormAlert } from '../../shared/ui/form-alert';
import { TextAreaField } from '../../shared/ui/text-area-field';
import {
  SECTION_KEYS,
  type SectionValues,
  type TEncounter,
  visitApi,
  visitQueries,
} from './visit-record.api';

interface AmendValues {
  sections: SectionValues;
  reason: string;
}

/**
 * «Внести исправление» of a finished visit (docs/domain.md rule 26): the sections prefilled with the current
 * text and a required reason; saving writes the next version, the earlier one kept (`VisitVersions`).
 */
export function VisitAmendment({
  encounter,
  current,
  onAmended,
  onCancel,
}: {
  encounter: TEncounter;
  current: SectionValues;
  onAmended: (amended: TEncounter) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<AmendValues>({
    defaultValues: { sections: current, reason: '' },
  });
  const serverErrors = useServerErrors(form);
  const amend = useMutation({
    mutationFn: (values: AmendValues) => visitApi.amend(encounter.id, values.sections, values.reason.trim()),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: onAmended,
  });
  return (
    <form
      className="visit-section"
      aria-labelledby="visit-amend"
      noValidate
      onSubmit={form.handleSubmit((values) => amend.mutate(values))}
    >
      <h2 id="visit-amend" className="section">
        {t('visit.amend.title')}
      </h2>
      <p>{t('visit.amend.lead')}</p>
      {SECTION_KEYS.map((key) => (
        <TextAreaField
          key={key}
          id={`amend-${key}`}
          label={t(`visit.sections.${key}`)}
          rows={key === 'examination' ? 6 : 3}
          maxLength={20_000}
          {...form.register(`sections.${key}`)}
          error={form.formState.errors.sections?.[key]?.message}
        />
      ))}
      <TextAreaField
        id="amend-reason"
        label={t('visit.amend.reason')}
        hint={t('visit.amend.reasonHint')}
        rows={2}
        maxLength={1000}
        required
        {...form.register('reason', {
          validate: (value) => value.trim() !== '' || t('visit.amend.reasonRequired'),
        })}
        error={form.formState.errors.reason?.message}
      />
      <FormAlert error={serverErrors.formError} />
      <FormActions
        submitLabel={t('visit.amend.submit')}
        pendingLabel={t('visit.amend.pending')}
        isPending={amend.isPending}
        secondaryLabel={t('visit.amend.cancel')}
        onSecondary={onCancel}
      />
    </form>
  );
}

/** «Прежние версии»: each earlier text with when, by whom and why it was replaced; loaded when opened. */
export function VisitVersions({ encounter }: { encounter: TEncounter }) {
  const { t, i18n } = useTranslation();
  const versions = useQuery(visitQueries.versions(encounter.id, encounter.version));
  return (
    <details className="visit-section">
      <summary>{t('visit.amend.versions')}</summary>
      {versions.isPending ? <p>{t('common.loading')}</p> : null}
      {versions.isError ? (
        <ErrorMessage error={versions.error} onRetry={() => void versions.refetch()} />
      ) : null}
      {[...(versions.data?.items ?? [])].reverse().map((version) => (
        <article key={version.version} aria-labelledby={`visit-version-${version.version}`}>
          <h3 id={`visit-version-${version.version}`}>
            {t('visit.amend.version', { version: version.version })}
          </h3>
          <p>
            {t('visit.amend.replaced', {
              date: formatMoscowDateTime(version.amendedAt, i18n.language),
              by: version.amendedBy ?? t('visit.amend.nobody'),
              reason: version.reason ?? '',
            })}
          </p>
          <dl className="record-list__facts">
            {SECTION_KEYS.filter((key) => version[key]).map((key) => (
              <div key={key}>
                <dt>{t(`visit.sections.${key}`)}</dt>
                <dd className="visit-version__text">{version[key]}</dd>
              </div>
            ))}
          </dl>
        </article>
      ))}
    </details>
  );
}
