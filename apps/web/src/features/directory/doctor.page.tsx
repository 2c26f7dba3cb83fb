import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../shared/api-client';
import { describeError, ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import type { TPractitioner } from './directory.api';
import { directoryQueries } from './directory.api';
import { formatLanguages, initialsOf } from './directory.format';
import { DoctorReviews } from './doctor-reviews';
import { PractitionerRating } from './practitioner-rating';
import { DATA_LANG, useLocale } from './use-directory';
import './directory.css';
import { Fact } from '../../shared/ui/fact';

const isMissing = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.status === 400);

/** `/doctors/:id`: a doctor's public profile, places of work and reviews. */
export function DoctorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery(directoryQueries.practitioner(id));
  const doctor = query.data;
  const isNotFound = query.isError && isMissing(query.error);

  let title: string = t('doctor.loadingTitle');
  if (doctor) title = doctor.fullName;
  else if (isNotFound) title = t('doctor.notFoundTitle');
  else if (query.isError) title = t('errors.title');
  useDocumentTitle(title);

  return (
    <div className="page">
      <p className="back-link">
        <Link to="/doctors">
          <span aria-hidden="true">←</span>
          {t('doctor.back')}
        </Link>
      </p>
      <div className="profile">
        {doctor ? <DoctorPhoto doctor={doctor} /> : null}
        <div className="profile__main">
          <PageHeading isReady={!query.isPending} lang={doctor ? DATA_LANG : undefined}>
            {title}
          </PageHeading>
          {doctor ? (
            <>
              <p className="page-lead" lang={DATA_LANG}>
                {doctor.specialties.map((specialty) => specialty.name).join(', ')}
              </p>
              <p className="profile__rating">
                <PractitionerRating rating={doctor.rating} reviewsCount={doctor.reviewsCount} />
              </p>
            </>
          ) : null}
        </div>
      </div>
      <LiveStatus>{query.isPending ? t('doctor.loading') : null}</LiveStatus>
      {isNotFound ? <p className="notice">{describeError(query.error, t)}</p> : null}
      {query.isError && !isNotFound ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {doctor ? <DoctorDetails doctor={doctor} /> : null}
    </div>
  );
}

function DoctorPhoto({ doctor }: { doctor: TPractitioner }) {
  const { t } = useTranslation();
  if (doctor.photoUrl) {
    return (
      <img
        className="avatar avatar--large"
        src={doctor.photoUrl}
        alt={t('doctor.photoAlt', { name: doctor.fullName })}
        width={128}
        height={128}
      />
    );
  }
  return (
    <div className="avatar avatar--large" aria-hidden="true">
      {initialsOf(doctor.surname, doctor.name)}
    </div>
  );
}

interface Place {
  organization: TPractitioner['roles'][number]['organization'];
  roles: TPractitioner['roles'];
}

/** Roles grouped by clinic: a doctor may hold several specialties in one clinic. */
function placesOf(doctor: TPractitioner): Place[] {
  const places = new Map<string, Place>();
  for (const role of doctor.roles) {
    const place = places.get(role.organization.id);
    if (place) place.roles.push(role);
    else places.set(role.organization.id, { organization: role.organization, roles: [role] });
  }
  return [...places.values()];
}

function DoctorDetails({ doctor }: { doctor: TPractitioner }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const places = placesOf(doctor);
  return (
    <>
      <dl className="facts">
        <Fact label={t('doctor.category')}>
          {t(`directory.qualification.${doctor.qualificationCategory}`)}
        </Fact>
        <Fact label={t('doctor.experience')}>{t('units.year', { count: doctor.experienceYears })}</Fact>
        {doctor.languages.length > 0 ? (
          <Fact label={t('doctor.languages')}>{formatLanguages(doctor.languages, locale)}</Fact>
        ) : null}
      </dl>

      {doctor.about ? (
        <section className="section">
          <h2>{t('doctor.about')}</h2>
          <p className="prose" lang={DATA_LANG}>
            {doctor.about}
          </p>
        </section>
      ) : null}

      <section className="section">
        <h2>{t('doctor.places')}</h2>
        <ul className="result-list">
          {places.map((place) => (
            <li key={place.organization.id} className="result-list__item">
              <article className="card">
                <h3 className="card__title" lang={DATA_LANG}>
                  <Link to={`/clinics/${place.organization.id}`}>{place.organization.name}</Link>
                </h3>
                <p lang={DATA_LANG}>{place.organization.address}</p>
                <ul className="plain-list">
                  {place.roles.map((role) => (
                    <li key={role.id}>
                      {role.room
                        ? t('doctor.room', { specialty: role.specialty.name, room: role.room })
                        : role.specialty.name}{' '}
                      <Link
                        className="button button--primary"
                        to={`/book?practitioner=${doctor.id}&organization=${place.organization.id}&specialty=${role.specialty.code}`}
                        aria-label={t('booking.bookWith', {
                          specialty: role.specialty.name,
                          clinic: place.organization.name,
                        })}
                      >
                        {t('booking.bookAction')}
                      </Link>
                    </li>
                  ))}
                </ul>
              </article>
            </li>
          ))}
        </ul>
      </section>

      <section className="section">
        <h2>{t('doctor.education')}</h2>
        {doctor.education.length === 0 ? (
          <p>{t('doctor.noEducation')}</p>
        ) : (
          <ul className="plain-list education" lang={DATA_LANG}>
            {[...doctor.education]
              .sort((a, b) => a.year - b.year)
              .map((item) => (
                <li key={`${item.year}-${item.institution}-${item.qualification}`}>
                  <span className="education__place">
                    {t('doctor.educationItem', { year: item.year, institution: item.institution })}
                  </span>
                  <span className="education__qualification">{item.qualification}</span>
                </li>
              ))}
          </ul>
        )}
      </section>

      <DoctorReviews practitionerId={doctor.id} />
    </>
  );
}
