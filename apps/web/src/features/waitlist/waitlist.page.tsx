import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConfirmAction } from '../../shared/ui/confirm-action';
import { formatCalendarDate } from '../../shared/ui/dates';
import { describeError, ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useMe } from '../auth/use-me';
import { ConfirmBooking } from '../booking/confirm-booking';
import { formatVisitMoment } from '../booking/slot-time';
import { type TWaitlistEntry, waitlistApi, waitlistQueries } from './waitlist.api';
import '../booking/booking.css';
import './waitlist.css';
import { Fact } from '../../shared/ui/fact';

type Offered = TWaitlistEntry & { offer: NonNullable<TWaitlistEntry['offer']> };
const isOffered = (entry: TWaitlistEntry): entry is Offered =>
  entry.status === 'offered' && entry.offer !== null;

/**
 * `/waitlist` («Лист ожидания», where the offer SMS and email link to): an open offer first, with its
 * countdown, straight onto the booking confirmation of the kept time; then the patient's subscriptions,
 * each with «Отписаться».
 */
export function WaitlistPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('waitlist.title'));
  const query = useQuery(waitlistQueries.list());
  const [status, setStatus] = useState<string | null>(null);
  const entries = query.data?.items ?? [];
  const offers = entries.filter(isOffered);
  const others = entries.filter((entry) => !isOffered(entry));

  return (
    <div className="page booking waitlist">
      <PageHeading isReady={!query.isPending}>{t('waitlist.title')}</PageHeading>
      <p className="page-lead">{t('waitlist.lead')}</p>
      <LiveStatus>{status ?? (query.isPending ? t('booking.loading') : null)}</LiveStatus>
      {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : null}
      {offers.map((entry) => (
        <OfferCard key={entry.id} entry={entry} />
      ))}
      {query.isSuccess && entries.length === 0 ? (
        <div className="notice">
          <p>{t('waitlist.empty')}</p>
          <Link to="/doctors">{t('booking.findDoctor')}</Link>
        </div>
      ) : null}
      {others.length > 0 || offers.length > 0 ? (
        <section className="section" aria-labelledby="waitlist-entries">
          <h2 id="waitlist-entries">{t('waitlist.entriesTitle')}</h2>
          <ul className="result-list">
            {[...offers, ...others].map((entry) => (
              <li key={entry.id} className="result-list__item">
                <EntryCard entry={entry} onDone={setStatus} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** The offered time, kept for the patient until the offer ends: the booking confirmation itself. */
function OfferCard({ entry }: { entry: Offered }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { me } = useMe();
  const { offer } = entry;
  const headingId = `offer-${entry.id}`;
  const chooseAnother = new URLSearchParams({
    practitioner: offer.practitioner.id,
    organization: offer.organization.id,
    specialty: entry.specialty.code,
  });
  return (
    <section className="waitlist-offer" aria-labelledby={headingId}>
      <h2 id={headingId} className="waitlist-offer__title">
        {t('waitlist.offerTitle')}
      </h2>
      <p>
        {t('waitlist.offerLead', {
          specialty: entry.specialty.name,
          until: formatVisitMoment(offer.expiresAt, offer.timeZone, i18n.language),
        })}
      </p>
      <ConfirmBooking
        slot={{
          id: offer.slotId,
          start: offer.start,
          end: offer.end,
          timeZone: offer.timeZone,
          room: null,
          practitioner: offer.practitioner,
          organization: offer.organization,
          specialty: entry.specialty,
        }}
        // The offer is a hold on the slot for this patient (docs/booking.md): booking it needs no new hold.
        hold={{ slotId: offer.slotId, heldUntil: offer.expiresAt }}
        patientId={entry.patientId === me?.patientId ? undefined : entry.patientId}
        onRelease={() => void navigate(`/book?${chooseAnother.toString()}`)}
      />
    </section>
  );
}

function EntryCard({ entry, onDone }: { entry: TWaitlistEntry; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const leave = useMutation({
    mutationFn: () => waitlistApi.leave(entry.id),
    onSuccess: async () => {
      onDone(t('waitlist.left'));
      await queryClient.invalidateQueries({ queryKey: ['account', 'waitlist'] });
    },
  });
  const target = entry.practitioner?.name ?? entry.organization?.name ?? t('waitlist.anyDoctor');
  const headingId = `waitlist-${entry.id}`;
  const period = t('waitlist.window', {
    from: formatCalendarDate(entry.from, i18n.language),
    to: formatCalendarDate(entry.to, i18n.language),
  });
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">{`${entry.specialty.name}: ${target}`}</h3>
      <dl className="facts">
        <Fact label={t('waitlist.windowLabel')}>{period}</Fact>
        <Fact label={t('booking.status')}>{t(`waitlist.statuses.${entry.status}`)}</Fact>
      </dl>
      {entry.status === 'fulfilled' && entry.appointmentId ? (
        <Link to={`/appointments/${entry.appointmentId}`}>{t('waitlist.toTicket')}</Link>
      ) : null}
      {entry.status === 'waiting' || entry.status === 'offered' ? (
        <ConfirmAction
          label={t('waitlist.leave')}
          labelDetail={`${entry.specialty.name}, ${target}`}
          question={
            entry.status === 'offered' ? t('waitlist.leaveOfferedQuestion') : t('waitlist.leaveQuestion')
          }
          confirmLabel={t('waitlist.leaveConfirm')}
          isPending={leave.isPending}
          error={leave.isError ? describeError(leave.error, t) : null}
          onConfirm={() => leave.mutate()}
        />
      ) : null}
    </article>
  );
}
