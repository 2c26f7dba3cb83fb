import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError, bodyFieldErrors } from '../../shared/api-client';
import { formatMoscowDate } from '../../shared/ui/dates';
import { describeError } from '../../shared/ui/error-message';
import { FormActions } from '../../shared/ui/form-actions';
import { LiveStatus } from '../../shared/ui/live-status';
import { RadioGroupField } from '../../shared/ui/radio-group-field';
import { TextAreaField } from '../../shared/ui/text-area-field';
import type { TAppointment } from './booking.api';
import { bookingApi } from './booking.api';
import { RATINGS, type Rating, REVIEW_COMMENT_MAX, reviewProblems } from './review.model';

/**
 * The review of a fulfilled visit: the one left (rating in words and digits, the comment), or «Оставить
 * отзыв» opening the form when the visit allows one. `?review=1` (the history's link) opens the form at once.
 */
export function AppointmentReview({ appointment }: { appointment: TAppointment }) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const [isWriting, setWriting] = useState(params.get('review') === '1');
  const [justSent, setJustSent] = useState(false);
  const review = appointment.review;
  return (
    <section className="section review" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('review.title')}</h2>
      <LiveStatus>{justSent ? t('review.sent') : null}</LiveStatus>
      {review ? (
        <div className="card review__left">
          <p>
            <strong>
              {t('review.ratingValue', {
                rating: review.rating,
                // The server keeps ratings within 1–5 (a check constraint).
                label: t(`review.ratings.${review.rating as Rating}`),
              })}
            </strong>
          </p>
          {review.comment ? <p className="review__comment">{review.comment}</p> : null}
          <p className="hint">
            {t('review.leftOn', { date: formatMoscowDate(review.createdAt, i18n.language) })}
          </p>
        </div>
      ) : appointment.canReview ? (
        isWriting ? (
          <ReviewForm
            appointmentId={appointment.id}
            onSent={() => {
              setWriting(false);
              setJustSent(true);
            }}
            onCancel={() => setWriting(false)}
          />
        ) : (
          <button type="button" className="button button--primary" onClick={() => setWriting(true)}>
            {t('review.leave')}
          </button>
        )
      ) : (
        <p>{t('review.notAllowed')}</p>
      )}
    </section>
  );
}

function ReviewForm({
  appointmentId,
  onSent,
  onCancel,
}: {
  appointmentId: string;
  onSent: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [rating, setRating] = useState<string>('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ rating?: string; comment?: string }>({});
  const send = useMutation({
    mutationFn: () =>
      bookingApi.review(appointmentId, { rating: Number(rating), comment: comment.trim() || undefined }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['account', 'appointments'] });
      onSent();
    },
    onError: async (error) => {
      // Left meanwhile (another tab, a family member): load the visit again so the review shows.
      if (error instanceof ApiError && error.code === 'REVIEW_EXISTS') {
        await queryClient.invalidateQueries({ queryKey: ['account', 'appointments'] });
      }
    },
  });

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = reviewProblems({ rating, comment });
    setErrors({
      rating: problems.rating ? t(`review.errors.${problems.rating}`) : undefined,
      comment: problems.comment ? t(`review.errors.${problems.comment}`) : undefined,
    });
    if (problems.rating || problems.comment) {
      // Errors render next; the first invalid control then takes the focus.
      window.requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]')?.focus(),
      );
      return;
    }
    send.mutate();
  }

  const serverFields = bodyFieldErrors(send.error);
  const code = send.error instanceof ApiError ? send.error.code : null;
  return (
    <form ref={formRef} className="review__form" onSubmit={submit} noValidate>
      <RadioGroupField
        id="review-rating"
        name="rating"
        legend={t('review.rating')}
        hint={t('review.ratingHint')}
        isStacked
        options={RATINGS.map((value) => ({
          value: String(value),
          label: t('review.ratingOption', { rating: value, label: t(`review.ratings.${value}`) }),
        }))}
        value={rating}
        onChange={setRating}
        error={errors.rating ?? serverFields.rating}
      />
      <TextAreaField
        id="review-comment"
        label={t('review.comment')}
        hint={t('review.commentHint', { max: REVIEW_COMMENT_MAX, length: comment.length })}
        rows={4}
        value={comment}
        error={errors.comment ?? serverFields.comment}
        onChange={(event) => setComment(event.target.value)}
      />
      {send.isError && !serverFields.rating && !serverFields.comment ? (
        <div className="notice notice--error" role="alert">
          <p>{describeError(send.error, t)}</p>
          {code === 'REVIEW_EXISTS' || code === 'REVIEW_NOT_ALLOWED' ? (
            <p>{t(code === 'REVIEW_EXISTS' ? 'review.existsAdvice' : 'review.notAllowedAdvice')}</p>
          ) : null}
        </div>
      ) : null}
      <FormActions
        submitLabel={t('review.send')}
        pendingLabel={t('review.sending')}
        isPending={send.isPending}
        secondaryLabel={t('common.cancel')}
        onSecondary={onCancel}
      />
    </form>
  );
}
