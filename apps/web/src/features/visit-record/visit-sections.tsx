import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../shared/ui/live-status';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { SECTION_KEYS, type SectionValues, visitQueries } from './visit-record.api';

interface VisitSectionsProps {
  form: UseFormReturn<SectionValues>;
  /** The visit's specialty: its templates are offered. */
  specialty: string | null;
  readOnly: boolean;
  onLeaveField: () => void;
}

/**
 * The visit record's text: complaints, anamnesis, examination, conclusion, recommendations, follow-up, and
 * a template of the visit's specialty that fills the sections still empty (the doctor's text is never
 * overwritten).
 */
export function VisitSections({ form, specialty, readOnly, onLeaveField }: VisitSectionsProps) {
  const { t } = useTranslation();
  const templates = useQuery({
    ...visitQueries.templates(specialty ?? ''),
    enabled: Boolean(specialty) && !readOnly,
  });
  const items = templates.data?.items ?? [];
  const [chosen, setChosen] = useState('');
  const [status, setStatus] = useState('');
  const template = items.find((item) => item.id === (chosen || items[0]?.id));

  const applyTemplate = () => {
    if (!template) return;
    let filled = 0;
    for (const key of SECTION_KEYS) {
      const text = template.sections[key];
      if (text && !form.getValues(key).trim()) {
        form.setValue(key, text, { shouldDirty: true });
        filled += 1;
      }
    }
    setStatus(t('visit.template.applied', { name: template.name, n: filled }));
  };

  return (
    <section className="visit-section" aria-labelledby="visit-text">
      <h2 id="visit-text" className="section">
        {t('visit.sections.title')}
      </h2>
      {items.length > 0 ? (
        <div className="visit-template">
          <div className="field">
            <label htmlFor="visit-template" className="field__label">
              {t('visit.template.label')}
            </label>
            <select
              id="visit-template"
              className="field__select"
              value={template?.id ?? ''}
              onChange={(event) => setChosen(event.target.value)}
            >
              {items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button--secondary" onClick={applyTemplate}>
            {t('visit.template.apply')}
          </button>
        </div>
      ) : null}
      <LiveStatus>{status}</LiveStatus>
      {SECTION_KEYS.map((key) => (
        <TextAreaField
          key={key}
          id={`visit-${key}`}
          label={t(`visit.sections.${key}`)}
          rows={key === 'examination' ? 6 : 3}
          maxLength={20_000}
          readOnly={readOnly}
          {...form.register(key, { onBlur: onLeaveField })}
        />
      ))}
    </section>
  );
}
