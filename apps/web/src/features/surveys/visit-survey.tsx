import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api-client';
import { useServerErrors } from '../../shared/forms/server-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { RadioGroupField } from '../../shared/ui/radio-group-field';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { type PendingSurvey, surveyQueries, surveysApi } from './surveys.api';
import './surveys.css';

const STARS = ['5', '4', '3', '2', '1'] as const;
type Star = (typeof STARS)[number];
const ASPECTS = ['waiting', 'cleanliness', 'registry'] as const;
type Field = 'practitioner' | (typeof ASPECTS)[number];
const COMMENT_MAX = 2000;

/**
 * «Оцените приём» on a fulfilled visit's page (docs/surveys.md): the form while the visit waits for its
 * survey, «Спасибо» once sent, and afterwards the ratings given with the clinic's public answer.
 */
export function VisitSurvey({ appointmentId }: { appointmentId: string }) {
  const { t } = useTranslation();
  const pending = useQuery(surveyQueries.pending());
  const done = useQuery(surveyQueries.ofVisit(appointmentId));
  const [isThanked, setThanked] = useState(false);
  const visit = pending.data?.items.find((item) => item.appointmentId === appointmentId);
  const survey = done.data;
  if (!visit && !survey && !isThanked) return null;
  return (
    <section id="survey" className="section survey" aria-labelledby="survey-heading">
      <h2 id="survey-heading">{t('survey.title')}</h2>
      <LiveStatus>{isThanked ? t('survey.thanks') : null}</LiveStatus>
      {survey ? (
        <div className="card">
          <p>{t('survey.rated')}</p>
          <ul className="survey__given">
            {survey.practitionerRating ? (
              <li>
                {t('survey.given', {
                  aspect: t('survey.aspects.practitioner'),
                  rating: survey.practitionerRating,
                })}
              </li>
            ) : null}
            {ASPECTS.map((aspect) => (
              <li key={aspect}>
                {t('survey.given', { aspect: t(`survey.aspects.${aspect}`), rating: survey[aspect] })}
              </li>
            ))}
          </ul>
          {survey.comment ? <p className="survey__comment">{survey.comment}</p> : null}
          {survey.answer ? (
            <div className="survey__answer">
              <h3>{t('survey.clinicAnswer')}</h3>
              <p>{survey.answer.text}</p>
            </div>
          ) : null}
        </div>
      ) : visit ? (
        <SurveyForm visit={visit} onSent={() => setThanked(true)} />
      ) : null}
    </section>
  );
}

type SurveyValues = Record<Field, Star | ''> & { comment: string };
const EMPTY: SurveyValues = { practitioner: '', waiting: '', cleanliness: '', registry: '', comment: '' };

function SurveyForm({ visit, onSent }: { visit: PendingSurvey; onSent: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<SurveyValues>({ defaultValues: EMPTY });
  const serverErrors = useServerErrors(form);
  const fields: Field[] = visit.hasReview ? [...ASPECTS] : ['practitioner', ...ASPECTS];
  const send = useMutation({
    mutationFn: (values: SurveyValues) =>
      surveysApi.submit(visit.appointmentId, {
        practitioner: visit.hasReview ? undefined : { rating: Number(values.practitioner) },
        waiting: Number(values.waiting),
        cleanliness: Number(values.cleanliness),
        registry: Number(values.registry),
        comment: values.comment.trim() || undefined,
      }),
    onMutate: serverErrors.clear,
    onSuccess: async () => {
      onSent();
      await queryClient.invalidateQueries({ queryKey: ['account', 'surveys'] });
      await queryClient.invalidateQueries({ queryKey: ['account', 'appointments'] });
    },
    onError: async (error) => {
      serverErrors.apply(error);
      if (error instanceof ApiError && error.code === 'SURVEY_EXISTS') {
        await queryClient.invalidateQueries({ queryKey: ['account', 'surveys'] });
      }
    },
  });
  const { errors } = form.formState;
  const comment = form.watch('comment');

  return (
    <form
      className="survey__form"
      onSubmit={(event) => void form.handleSubmit((values) => send.mutate(values))(event)}
      noValidate
    >
      <p>{t('survey.lead', { practitioner: visit.practitionerName, clinic: visit.organizationName })}</p>
      <FormAlert error={serverErrors.formError} />
      {fields.map((field) => (
        <Controller
          key={field}
          control={form.control}
          name={field}
          rules={{ validate: (value) => value !== '' || t('survey.required') }}
          render={({ field: control }) => (
            <RadioGroupField
              id={`survey-${field}`}
              name={field}
              legend={t(`survey.aspects.${field}`)}
              options={STARS.map((value) => ({ value, label: t('survey.star', { rating: value }) }))}
              value={control.value as Star | ''}
              onChange={control.onChange}
              inputRef={control.ref}
              error={errors[field]?.message}
            />
          )}
        />
      ))}
      <TextAreaField
        id="survey-comment"
        label={t('survey.comment')}
        hint={t('survey.commentHint', { max: COMMENT_MAX, length: comment.length })}
        rows={3}
        error={errors.comment?.message}
        {...form.register('comment', {
          validate: (value) => value.trim().length <= COMMENT_MAX || t('review.errors.commentTooLong'),
        })}
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={send.isPending}>
          {send.isPending ? t('survey.sending') : t('survey.send')}
        </button>
      </div>
    </form>
  );
}
