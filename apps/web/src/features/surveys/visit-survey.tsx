import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, bodyFieldErrors } from '../../shared/api-client';
import { describeError } from '../../shared/ui/error-message';
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

function SurveyForm({ visit, onSent }: { visit: PendingSurvey; onSent: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<Field, Star | ''>>({
    practitioner: '',
    waiting: '',
    cleanliness: '',
    registry: '',
  });
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<Field[]>([]);
  const fields: Field[] = visit.hasReview ? [...ASPECTS] : ['practitioner', ...ASPECTS];
  const send = useMutation({
    mutationFn: () =>
      surveysApi.submit(visit.appointmentId, {
        practitioner: visit.hasReview ? undefined : { rating: Number(values.practitioner) },
        waiting: Number(values.waiting),
        cleanliness: Number(values.cleanliness),
        registry: Number(values.registry),
        comment: comment.trim() || undefined,
      }),
    onSuccess: async () => {
      onSent();
      await queryClient.invalidateQueries({ queryKey: ['account', 'surveys'] });
      await queryClient.invalidateQueries({ queryKey: ['account', 'appointments'] });
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.code === 'SURVEY_EXISTS') {
        await queryClient.invalidateQueries({ queryKey: ['account', 'surveys'] });
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const unset = fields.filter((field) => values[field] === '');
    setMissing(unset);
    if (unset.length > 0 || comment.trim().length > COMMENT_MAX) {
      window.requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>(
            '.survey__form [aria-invalid="true"], .survey__form [data-invalid="true"]',
          )
          ?.focus(),
      );
      return;
    }
    send.mutate();
  }

  const serverFields = bodyFieldErrors(send.error);
  return (
    <form className="survey__form" onSubmit={submit} noValidate>
      <p>{t('survey.lead', { practitioner: visit.practitionerName, clinic: visit.organizationName })}</p>
      {fields.map((field) => (
        <RadioGroupField
          key={field}
          id={`survey-${field}`}
          name={field}
          legend={t(`survey.aspects.${field}`)}
          options={STARS.map((value) => ({ value, label: t('survey.star', { rating: value }) }))}
          value={values[field]}
          onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
          error={missing.includes(field) ? t('survey.required') : serverFields[field]}
        />
      ))}
      <TextAreaField
        id="survey-comment"
        label={t('survey.comment')}
        hint={t('survey.commentHint', { max: COMMENT_MAX, length: comment.length })}
        rows={3}
        value={comment}
        error={comment.trim().length > COMMENT_MAX ? t('review.errors.commentTooLong') : serverFields.comment}
        onChange={(event) => setComment(event.target.value)}
      />
      {send.isError && Object.keys(serverFields).length === 0 ? (
        <div className="notice notice--error" role="alert">
          <p>{describeError(send.error, t)}</p>
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={send.isPending}>
          {send.isPending ? t('survey.sending') : t('survey.send')}
        </button>
      </div>
    </form>
  );
}
