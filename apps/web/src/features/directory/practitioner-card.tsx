import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TPractitionerSummary } from './directory.api';
import { formatList, initialsOf } from './directory.format';
import type { NextSlot } from './next-slot';
import { NextSlotLine } from './next-slot-line';
import { PractitionerRating } from './practitioner-rating';
import { DATA_LANG, useLocale } from './use-directory';

interface PractitionerCardProps {
  practitioner: TPractitionerSummary;
  headingLevel?: 2 | 3;
  /** False on a clinic's own page, where its name would repeat on every card. */
  showPlaces?: boolean;
  /** The next free time; left out while unknown. */
  nextSlot?: NextSlot | undefined;
}

/**
 * A doctor in a list: name (a link), specialties, rating in words, reviews, experience, places of work and the
 * next free time.
 */
export function PractitionerCard({
  practitioner,
  headingLevel = 2,
  showPlaces = true,
  nextSlot,
}: PractitionerCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const places = practitioner.organizations.map((organization) => organization.name);
  return (
    <article className="card card--person">
      <div className="avatar avatar--small" aria-hidden="true">
        {initialsOf(practitioner.surname, practitioner.name)}
      </div>
      <div className="card__body">
        <Heading className="card__title" lang={DATA_LANG}>
          <Link to={`/doctors/${practitioner.id}`}>{practitioner.fullName}</Link>
        </Heading>
        <p className="card__kind" lang={DATA_LANG}>
          {practitioner.specialties.map((specialty) => specialty.name).join(', ')}
        </p>
        <ul className="inline-list">
          <li>
            <PractitionerRating rating={practitioner.rating} reviewsCount={practitioner.reviewsCount} />
          </li>
          <li>{t('directory.experience', { count: practitioner.experienceYears })}</li>
        </ul>
        {showPlaces && places.length > 0 ? (
          <p className="card__places">{t('directory.worksAt', { places: formatList(places, locale) })}</p>
        ) : null}
        {nextSlot ? (
          <NextSlotLine
            nextSlot={nextSlot}
            showClinic={showPlaces && practitioner.organizations.length > 1}
          />
        ) : null}
      </div>
    </article>
  );
}
