import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, bodyFieldErrors } from '../../shared/api-client';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { TextField } from '../../shared/ui/text-field';
import { bookingApi } from './booking.api';
import { ticketEmailProblem, waitMinutes } from './ticket-email.model';

/**
 * «Отправить на почту»: the ticket goes to the account's email. Without one (`EMAIL_REQUIRED`) the patient
 * types an address here or adds one to the profile; too many sendings (429) say when to try again.
 */
export function TicketEmail({ appointmentId }: { appointmentId: string }) {
  const { t } = useTranslation();
  const [isAskingEmail, setAskingEmail] = useState(false);
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const send = useMutation({
    mutationFn: (address?: string) => bookingApi.emailTicket(appointmentId, address),
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'EMAIL_REQUIRED') setAskingEmail(true);
    },
  });

  // The question appears where the button was: the field takes the focus so the patient can type at once.
  useEffect(() => {
    if (isAskingEmail) formRef.current?.querySelector('input')?.focus();
  }, [isAskingEmail]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = ticketEmailProblem(email);
    setEmailError(problem ? t(`booking.email.${problem}`) : null);
    if (problem) {
      formRef.current?.querySelector('input')?.focus();
      return;
    }
    send.mutate(email.trim());
  }

  const error = send.error;
  const isEmailRequired = error instanceof ApiError && error.code === 'EMAIL_REQUIRED';
  const isThrottled = error instanceof ApiError && error.status === 429;
  const minutes = isThrottled ? waitMinutes(error.retryAfterSeconds) : null;
  const serverFieldError = bodyFieldErrors(error).email;
  const formMessage = isThrottled
    ? minutes
      ? t('booking.email.throttledFor', { count: minutes })
      : t('booking.email.throttled')
    : null;
  return (
    <section className="section ticket-email" aria-labelledby="ticket-email-heading">
      <h2 id="ticket-email-heading">{t('booking.email.title')}</h2>
      <LiveStatus>{send.data ? t('booking.email.sent', { to: send.data.sentTo }) : null}</LiveStatus>
      {isAskingEmail ? (
        <form ref={formRef} onSubmit={submit} noValidate>
          <p>
            {t('booking.email.missing')} <Link to="/account">{t('booking.email.toProfile')}</Link>
          </p>
          <TextField
            id="ticket-email"
            type="email"
            autoComplete="email"
            inputMode="email"
            label={t('booking.email.label')}
            hint={t('booking.email.hint')}
            maxLength={254}
            value={email}
            error={emailError ?? serverFieldError}
            onChange={(event) => setEmail(event.target.value)}
          />
          <FormAlert error={isEmailRequired || serverFieldError ? null : error} message={formMessage} />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={send.isPending}>
              {send.isPending ? t('booking.email.sending') : t('booking.email.send')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <FormAlert error={isEmailRequired ? null : error} message={formMessage} />
          <div className="actions">
            <button
              type="button"
              className="button button--secondary"
              disabled={send.isPending}
              onClick={() => send.mutate(undefined)}
            >
              {send.isPending ? t('booking.email.sending') : t('booking.email.button')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
