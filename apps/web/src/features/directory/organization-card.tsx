import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TOrganizationSummary } from './directory.api';
import { formatDistance, phoneHref } from './directory.format';
import { DATA_LANG, useLocale } from './use-directory';

interface OrganizationCardProps {
  organization: TOrganizationSummary;
  headingLevel?: 2 | 3;
}

/** A clinic in a list: name (a link to its page), kind, address, phone and, when known, distance. */
export function OrganizationCard({ organization, headingLevel = 2 }: OrganizationCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card">
      <Heading className="card__title" lang={DATA_LANG}>
        <Link to={`/clinics/${organization.id}`}>{organization.name}</Link>
      </Heading>
      <p className="card__kind">{t(`directory.kind.${organization.kind}`)}</p>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('directory.address')}</dt>
          <dd lang={DATA_LANG}>{organization.address}</dd>
        </div>
        {organization.phone ? (
          <div className="facts__row">
            <dt>{t('directory.phone')}</dt>
            <dd>
              <a href={phoneHref(organization.phone)}>{organization.phone}</a>
            </dd>
          </div>
        ) : null}
      </dl>
      {organization.distanceKm !== undefined ? (
        <p className="card__distance">
          {t('directory.distance', { distance: formatDistance(organization.distanceKm, locale) })}
        </p>
      ) : null}
    </article>
  );
}
