import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../shared/forms/server-errors';
import { formatMoscowDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { RadioGroupField } from '../../shared/ui/radio-group-field';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { type SurveyComment, type SurveyReportQuery, surveyQueries, surveysApi } from './surveys.api';
import './surveys.css';

const STARS = [1, 2, 3, 4, 5] as const;
const VISIBILITIES = ['public', 'private'] as const;
type Visibility = (typeof VISIBILITIES)[number];

/**
 * «Оценки пациентов» on the admin's analytics page (docs/surveys.md): per aspect the mean and how many gave
 * each star, then the comments to answer — low ratings (any aspect ≤ 2) unanswered first. Anonymous.
 */
export function SurveyAnalytics({ query }: { query: SurveyReportQuery }) {
  const { t, i18n } = useTranslation();
  const report = useQuery(surveyQueries.report(query));
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  return (
    <section className="survey-report" aria-labelledby="survey-report-heading">
      <h2 id="survey-report-heading">{t('surveyReport.title')}</h2>
      {report.isError ? <ErrorMessage error={report.error} onRetry={() => void report.refetch()} /> : null}
      {report.data ? (
        <>
          <p>{t('surveyReport.count', { count: report.data.surveys })}</p>
          <table className="survey-report__table">
            <caption>{t('surveyReport.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveyReport.aspect')}</th>
                <th scope="col">{t('surveyReport.average')}</th>
                <th scope="col">{t('surveyReport.ratings')}</th>
                {STARS.map((star) => (
                  <th key={star} scope="col">
                    {t('surveyReport.star', { rating: star })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.data.aspects.map((row) => (
                <tr key={row.aspect}>
                  <th scope="row">{t(`survey.aspects.${row.aspect}`)}</th>
                  <td>{row.average === null ? '—' : number.format(row.average)}</td>
                  <td>{row.count}</td>
                  {row.distribution.map((n, i) => (
                    <td key={STARS[i]}>{n}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('surveyReport.comments')}</h3>
          {report.data.comments.length === 0 ? <p>{t('surveyReport.noComments')}</p> : null}
          <ul className="survey-report__comments">
            {report.data.comments.map((comment) => (
              <li key={comment.id}>
                <CommentCard comment={comment} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function CommentCard({ comment }: { comment: SurveyComment }) {
  const { t, i18n } = useTranslation();
  const headingId = `survey-comment-${comment.id}`;
  const ratings = (['practitioner', 'waiting', 'cleanliness', 'registry'] as const)
    .filter((aspect) => comment.ratings[aspect] !== null)
    .map((aspect) => `${t(`survey.aspects.${aspect}`)}: ${comment.ratings[aspect]}`)
    .join(', ');
  return (
    <article className="card" aria-labelledby={headingId}>
      <h4 id={headingId} className="card__title">
        {t('surveyReport.commentTitle', {
          date: formatMoscowDate(comment.createdAt, i18n.language),
          practitioner: comment.practitionerName,
          specialty: comment.specialtyName,
        })}
      </h4>
      {comment.needsAnswer && !comment.answer ? (
        <p className="badge">{t('surveyReport.needsAnswer')}</p>
      ) : null}
      <p>{ratings}</p>
      {comment.comment ? <p className="survey__comment">{comment.comment}</p> : null}
      {comment.answer ? (
        <div className="survey__answer">
          <h5>{t(`surveyReport.answered.${comment.answer.visibility}`)}</h5>
          <p>{comment.answer.text}</p>
        </div>
      ) : (
        <AnswerForm surveyId={comment.id} />
      )}
    </article>
  );
}

type AnswerValues = { text: string; visibility: Visibility | '' };

function AnswerForm({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<AnswerValues>({ defaultValues: { text: '', visibility: '' } });
  const serverErrors = useServerErrors(form);
  const send = useMutation({
    mutationFn: (values: AnswerValues) =>
      surveysApi.answer(surveyId, { text: values.text.trim(), visibility: values.visibility as Visibility }),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['account', 'analytics', 'surveys'] }),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={(event) => void form.handleSubmit((values) => send.mutate(values))(event)} noValidate>
      <FormAlert error={serverErrors.formError} />
      <TextAreaField
        id={`answer-${surveyId}`}
        label={t('surveyReport.answer')}
        rows={3}
        error={errors.text?.message}
        {...form.register('text', {
          validate: (value) => value.trim() !== '' || t('surveyReport.answerRequired'),
        })}
      />
      <Controller
        control={form.control}
        name="visibility"
        rules={{ validate: (value) => value !== '' || t('surveyReport.visibilityRequired') }}
        render={({ field }) => (
          <RadioGroupField
            id={`answer-visibility-${surveyId}`}
            name={`visibility-${surveyId}`}
            legend={t('surveyReport.visibility')}
            options={VISIBILITIES.map((value) => ({ value, label: t(`surveyReport.visibilities.${value}`) }))}
            value={field.value}
            onChange={field.onChange}
            inputRef={field.ref}
            error={errors.visibility?.message}
          />
        )}
      />
      <LiveStatus>{send.isSuccess ? t('surveyReport.answerSaved') : null}</LiveStatus>
      <button type="submit" className="button button--primary" disabled={send.isPending}>
        {send.isPending ? t('surveyReport.sending') : t('surveyReport.send')}
      </button>
    </form>
  );
}
