import { useMutation, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { SelectField } from '../../shared/ui/select-field';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { TextField } from '../../shared/ui/text-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { GuideResults } from './guide-results';
import {
  symptomGuideApi,
  symptomGuideQueries,
  type TSymptomGuideAnswer,
  type TSymptomGuideRequest,
} from './symptom-guide.api';
import './symptom-guide.css';

/**
 * `/symptoms` — «Не знаете, к какому врачу?» (issue 17 item 4): the complaint in one's own words, or a body
 * area and its symptoms; the answer puts the ambulance first when a red flag shows, then where to book. No
 * login; nothing typed is kept (docs/symptom-guide.md).
 */
export function SymptomGuidePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('symptomGuide.title'));
  const options = useQuery(symptomGuideQueries.options());
  const [text, setText] = useState('');
  const [age, setAge] = useState('');
  const [bodyArea, setBodyArea] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const ask = useMutation({ mutationFn: symptomGuideApi.ask });

  const area = options.data?.bodyAreas.find((a) => a.code === bodyArea);
  const nameOf = (code: string) =>
    options.data?.bodyAreas.flatMap((a) => a.symptoms).find((s) => s.code === code)?.name ?? code;
  const toggle = (code: string, isChecked: boolean) =>
    setPicked((current) => (isChecked ? [...current, code] : current.filter((c) => c !== code)));
  const ageValue = age.trim() === '' ? undefined : Number(age);
  const ageError =
    ageValue !== undefined && !(Number.isInteger(ageValue) && ageValue >= 0 && ageValue <= 130)
      ? t('symptomGuide.ageInvalid')
      : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '' && picked.length === 0) {
      setFormError(t('symptomGuide.emptyComplaint'));
      return;
    }
    if (ageError) return;
    setFormError(null);
    const body: TSymptomGuideRequest = {
      ...(text.trim() ? { text: text.trim() } : {}),
      ...(picked.length > 0 ? { symptoms: picked } : {}),
      ...(area ? { bodyArea: area.code } : {}),
      ...(ageValue !== undefined ? { age: ageValue } : {}),
    };
    ask.mutate(body);
  };

  return (
    <div className="page symptom-guide">
      <PageHeading>{t('symptomGuide.title')}</PageHeading>
      <p className="page-lead">{t('symptomGuide.lead')}</p>
      <p className="symptom-guide__emergency">
        {t('symptomGuide.emergencyNote')} <a href="tel:103">{t('symptomGuide.emergencyLink')}</a>
      </p>

      <form className="section symptom-form" onSubmit={submit} noValidate>
        <TextAreaField
          id="symptom-text"
          label={t('symptomGuide.textLabel')}
          hint={t('symptomGuide.textHint')}
          value={text}
          maxLength={1000}
          rows={4}
          onChange={(event) => setText(event.target.value)}
          error={formError}
        />
        <TextField
          id="symptom-age"
          label={t('symptomGuide.ageLabel')}
          hint={t('symptomGuide.ageHint')}
          inputMode="numeric"
          value={age}
          onChange={(event) => setAge(event.target.value)}
          error={ageError}
          className="symptom-form__age"
        />
        {options.isError ? (
          <ErrorMessage error={options.error} onRetry={() => void options.refetch()} headingLevel={3} />
        ) : null}
        {options.data ? (
          <>
            <SelectField
              label={t('symptomGuide.bodyArea')}
              value={bodyArea}
              options={[
                { value: '', label: t('symptomGuide.bodyAreaNone') },
                ...options.data.bodyAreas.map((a) => ({ value: a.code, label: a.name })),
              ]}
              onChange={setBodyArea}
            />
            {area ? (
              <fieldset className="symptom-form__symptoms">
                <legend className="field__label">{t('symptomGuide.symptomsOf', { area: area.name })}</legend>
                {area.symptoms.map((symptom) => (
                  <label key={symptom.code} className="symptom-choice">
                    <input
                      type="checkbox"
                      checked={picked.includes(symptom.code)}
                      onChange={(event) => toggle(symptom.code, event.target.checked)}
                    />
                    {symptom.name}
                  </label>
                ))}
              </fieldset>
            ) : null}
            {picked.length > 0 ? (
              <p>{t('symptomGuide.picked', { symptoms: picked.map(nameOf).join(', ') })}</p>
            ) : null}
          </>
        ) : null}
        <button type="submit" className="button button--primary" disabled={ask.isPending}>
          {ask.isPending ? t('symptomGuide.asking') : t('symptomGuide.ask')}
        </button>
      </form>

      <LiveStatus>{ask.data ? announce(ask.data, t) : ''}</LiveStatus>
      {ask.isError ? <ErrorMessage error={ask.error} title={t('symptomGuide.failed')} /> : null}
      {ask.data ? <GuideResults answer={ask.data} /> : null}
    </div>
  );
}

/** What the polite live region says when the answer arrives: the ambulance first, or where to start. */
function announce(answer: TSymptomGuideAnswer, t: TFunction): string {
  if (answer.redFlags.length > 0) {
    return t('symptomGuide.announceAmbulance', { flags: answer.redFlags.map((f) => f.title).join(', ') });
  }
  return t('symptomGuide.announceSuggestion', { specialty: answer.suggestions[0]?.specialtyName ?? '' });
}
