import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoscowDate } from '../../shared/ui/dates';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { appointmentQueries } from '../booking/booking.api';
import { formatVisitMoment } from '../booking/slot-time';
import { UPCOMING_STATUSES } from '../booking/visit-actions';
import { PendingSurveysCard } from '../surveys/pending-surveys-card';
import { CabinetSearch } from './cabinet-search';
import { CARD_SECTIONS, cardHref } from './card-sections';
import { formatValue, latestPerAnalyte, outOfRangeFirst } from './lab-results';
import { recordQueries } from './medical-card.api';
import { ResultMarker } from './result-marker';
import './medical-card.css';

/** Results this recent count as new on the home page. */
const NEW_RESULT_DAYS = 60;
const DAY_MS = 86_400_000;

/**
 * `/` for a logged-in patient: the next visits with their tickets, new results (out of range first, into
 * «Анализы»), the cabinet's search and the card's sections as big buttons. Anonymous visitors keep the landing.
 * `booking` is the landing's search and common specialties, so booking again starts here as it did.
 */
export function PatientHome({ name, booking }: { name: string; booking: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="page patient-home">
      <PageHeading>{t('patientHome.title', { name })}</PageHeading>
      <CabinetSearch />
      <NextVisits />
      <PendingSurveysCard />
      {booking}
      <NewResults />
      <section className="section" aria-labelledby="home-card">
        <h2 id="home-card">{t('card.title')}</h2>
        <ul className="card-section-buttons">
          {CARD_SECTIONS.map((s) => (
            <li key={s.id}>
              <Link className="button button--secondary" to={cardHref(s.id)}>
                {t(s.label)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function NextVisits() {
  const { t, i18n } = useTranslation();
  const query = useQuery(appointmentQueries.list({ status: UPCOMING_STATUSES }));
  const visits = (query.data?.items ?? []).slice(0, 3);
  return (
    <section className="section" aria-labelledby="home-visits">
      <h2 id="home-visits">{t('patientHome.nextVisits')}</h2>
      <LiveStatus>{query.isPending ? t('card.loading') : null}</LiveStatus>
      {query.data && visits.length === 0 ? <p>{t('patientHome.noVisits')}</p> : null}
      <ul className="plain-list record-list">
        {visits.map((v) => (
          <li key={v.id}>
            <Link to={`/appointments/${v.id}`}>
              {t('patientHome.ticket', {
                when: formatVisitMoment(v.slot.start, v.slot.timeZone, i18n.language),
                specialty: v.specialty.name,
              })}
            </Link>
            <br />
            {v.organization.name}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/appointments">{t('booking.myAppointments')}</Link>
        {' · '}
        <Link to="/doctors">{t('patientHome.book')}</Link>
      </p>
    </section>
  );
}

function NewResults() {
  const { t, i18n } = useTranslation();
  const query = useQuery(recordQueries.observations(undefined));
  const since = Date.now() - NEW_RESULT_DAYS * DAY_MS;
  const fresh = outOfRangeFirst(
    latestPerAnalyte(query.data?.items ?? []).filter((r) => Date.parse(r.effective) >= since),
  ).slice(0, 5);
  return (
    <section className="section" aria-labelledby="home-results">
      <h2 id="home-results">{t('patientHome.newResults')}</h2>
      {query.data && fresh.length === 0 ? <p>{t('patientHome.noNewResults')}</p> : null}
      <ul className="plain-list record-list">
        {fresh.map((r) => (
          <li key={r.id}>
            <Link to={cardHref('labs', null, { analyte: r.code })}>{r.name}</Link>
            {`: ${formatValue(r, i18n.language)} `}
            <ResultMarker interpretation={r.interpretation} />
            {` · ${formatMoscowDate(r.effective, i18n.language)}`}
          </li>
        ))}
      </ul>
      <p>
        <Link to={cardHref('labs')}>{t('patientHome.allResults')}</Link>
      </p>
    </section>
  );
}
