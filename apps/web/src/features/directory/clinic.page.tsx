import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../shared/api-client';
import { describeError, ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { SelectField } from '../../shared/ui/select-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useQueryParam } from '../../shared/ui/use-query-param';
import { describeBookingPolicy } from './booking-policy';
import type { TOrganization } from './directory.api';
import { directoryQueries } from './directory.api';
import { phoneHref, websiteHref, websiteLabel } from './directory.format';
import { capitalize, groupOpeningHours, weekdayName } from './opening-hours';
import { PractitionerResults } from './practitioner-results';
import { foreignTimeZone, userTimeZone } from './time-zone';
import { DATA_LANG, useLocale, useSpecialties } from './use-directory';
import './directory.css';
import { Fact } from '../../shared/ui/fact';

/** A request that can never succeed: an unknown or malformed id. */
const isMissing = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.status === 400);

/** `/clinics/:id`: everything a patient needs to know about one clinic, and its doctors. */
export function ClinicPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery(directoryQueries.organization(id));
  const clinic = query.data;
  const isNotFound = query.isError && isMissing(query.error);

  let title: string = t('clinic.loadingTitle');
  if (clinic) title = clinic.name;
  else if (isNotFound) title = t('clinic.notFoundTitle');
  else if (query.isError) title = t('errors.title');
  useDocumentTitle(title);

  return (
    <div className="page">
      <p className="back-link">
        <Link to="/clinics">
          <span aria-hidden="true">←</span>
          {t('clinic.back')}
        </Link>
      </p>
      <PageHeading isReady={!query.isPending} lang={clinic ? DATA_LANG : undefined}>
        {title}
      </PageHeading>
      <LiveStatus>{query.isPending ? t('clinic.loading') : null}</LiveStatus>
      {isNotFound ? <p className="notice">{describeError(query.error, t)}</p> : null}
      {query.isError && !isNotFound ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {clinic ? <ClinicDetails clinic={clinic} /> : null}
    </div>
  );
}

function ClinicDetails({ clinic }: { clinic: TOrganization }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const website = clinic.website ? websiteHref(clinic.website) : null;
  const zone = foreignTimeZone(clinic.timeZone, userTimeZone(), new Date());

  return (
    <>
      <p className="page-lead">{t(`directory.kind.${clinic.kind}`)}</p>

      <section className="section">
        <h2>{t('clinic.contacts')}</h2>
        <dl className="facts">
          <div className="facts__row">
            <dt>{t('directory.address')}</dt>
            <dd lang={DATA_LANG}>{clinic.address}</dd>
          </div>
          {clinic.phone ? (
            <div className="facts__row">
              <dt>{t('directory.phone')}</dt>
              <dd>
                <a href={phoneHref(clinic.phone)}>{clinic.phone}</a>
              </dd>
            </div>
          ) : null}
          {clinic.website && website ? (
            <div className="facts__row">
              <dt>{t('clinic.website')}</dt>
              <dd>
                <a href={website} rel="noopener noreferrer">
                  {websiteLabel(clinic.website)}
                </a>
              </dd>
            </div>
          ) : null}
          {zone ? (
            <Fact label={t('clinic.timeZone')}>
              {t('clinic.localTime', { timeZone: zone.timeZone, offset: zone.offset })}
            </Fact>
          ) : null}
        </dl>
      </section>

      <section className="section">
        <h2>{t('clinic.hours')}</h2>
        {clinic.openingHours.length === 0 ? (
          <p>{t('clinic.hoursUnknown')}</p>
        ) : (
          <>
            <dl className="facts hours">
              {groupOpeningHours(clinic.openingHours).map((row) => {
                const from = capitalize(weekdayName(row.firstDay, locale), locale);
                const days =
                  row.firstDay === row.lastDay
                    ? from
                    : t('clinic.dayRange', { from, to: weekdayName(row.lastDay, locale) });
                const hours =
                  row.intervals.length === 0
                    ? t('clinic.closed')
                    : row.intervals
                        .map((interval) =>
                          t('clinic.hoursRange', { opens: interval.opens, closes: interval.closes }),
                        )
                        .join(t('clinic.hoursSeparator'));
                return (
                  <div className="facts__row" key={row.firstDay}>
                    <dt>{days}</dt>
                    <dd>{hours}</dd>
                  </div>
                );
              })}
            </dl>
            {zone ? <p className="hint">{t('clinic.hoursLocal')}</p> : null}
          </>
        )}
      </section>

      <section className="section">
        <h2>{t('clinic.policy')}</h2>
        <ul className="plain-list">
          {describeBookingPolicy(clinic.bookingPolicy).map((rule) => (
            <li key={rule.message}>
              {'period' in rule
                ? t(`clinic.${rule.message}`, {
                    period: t(`units.${rule.period.unit}`, { count: rule.period.count }),
                  })
                : t(`clinic.${rule.message}`)}
            </li>
          ))}
        </ul>
      </section>

      <ClinicSpecialties clinic={clinic} />
      <ClinicDoctors clinic={clinic} />
    </>
  );
}

function ClinicSpecialties({ clinic }: { clinic: TOrganization }) {
  const { t } = useTranslation();
  const { byCode } = useSpecialties();
  return (
    <section className="section">
      <h2>{t('clinic.specialties')}</h2>
      {clinic.specialties.length === 0 ? (
        <p>{t('clinic.noSpecialties')}</p>
      ) : (
        <ul className="columns-list" lang={DATA_LANG}>
          {clinic.specialties.map((specialty) => (
            <li key={specialty.code}>
              {byCode.get(specialty.code)?.referralRequired
                ? t('directory.referralRequired', { name: specialty.name })
                : specialty.name}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ClinicDoctors({ clinic }: { clinic: TOrganization }) {
  const { t } = useTranslation();
  const [specialty, setSpecialty] = useQueryParam('specialty');
  const options = [
    { value: '', label: t('directory.allSpecialties') },
    ...clinic.specialties.map((item) => ({ value: item.code, label: item.name })),
  ];
  return (
    <section className="section">
      <h2>{t('clinic.doctors')}</h2>
      <div className="filters">
        <SelectField
          label={t('directory.specialty')}
          value={specialty}
          options={options}
          onChange={setSpecialty}
        />
      </div>
      <PractitionerResults
        filters={{ organization: clinic.id, specialty: specialty || undefined }}
        emptyText={t('clinic.noDoctors')}
        noneText={t('clinic.noDoctors')}
        headingLevel={3}
        showPlaces={false}
      />
    </section>
  );
}
