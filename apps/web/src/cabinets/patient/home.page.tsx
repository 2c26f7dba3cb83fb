import { useContext, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { lazyPage } from '../../app/lazy-page';
import { useMe } from '../../features/auth/use-me';
import { RegionSelect } from '../../features/directory/region-select';
import { DATA_LANG, useRegion, useSpecialties } from '../../features/directory/use-directory';
import { SearchCombobox } from '../../features/search/search-combobox';
import { usePreferences } from '../../shared/preferences/use-preferences';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { RegionSlotContext } from './region-slot';
import './home.css';

// A logged-in patient's home is its own chunk: the anonymous landing's JavaScript does not grow.
const PatientHome = lazyPage(() =>
  import('../../features/medical-card/patient-home').then((m) => m.PatientHome),
);

/**
 * `/`: for a logged-in patient, their home (next visits, new results, the card); for everyone else what
 * Talon is, the region (asked for prominently on a first visit) and the ways in.
 */
export function HomePage() {
  const { me } = useMe();
  if (me?.patientId) {
    return (
      <PatientHome
        name={me.displayName}
        booking={
          <>
            <FindCare />
            <CommonSpecialties />
          </>
        }
      />
    );
  }
  return <Landing />;
}

function Landing() {
  const { t } = useTranslation();
  useDocumentTitle();
  const { regionCode } = usePreferences();
  const region = useRegion(regionCode);
  // Decided once per visit to the page: the panel stays after a choice, so the focus is never lost.
  const [isAskingRegion] = useState(() => regionCode === null);
  const { setRegionInPage } = useContext(RegionSlotContext);

  useLayoutEffect(() => {
    if (!isAskingRegion) return;
    setRegionInPage(true);
    return () => setRegionInPage(false);
  }, [isAskingRegion, setRegionInPage]);

  return (
    <div className="page home">
      <div className="home__intro">
        <PageHeading>{t('home.title')}</PageHeading>
        <p className="page-lead">{t('home.lead')}</p>
      </div>

      {isAskingRegion ? (
        <section className="region-panel">
          <h2>{t('home.regionTitle')}</h2>
          <p>{t('home.regionText')}</p>
          <RegionSelect className="region-panel__select" />
          <LiveStatus className="region-panel__status">
            {region ? t('home.regionChosen', { region: region.name }) : null}
          </LiveStatus>
        </section>
      ) : null}

      <FindCare />
      <CommonSpecialties />
    </div>
  );
}

/** The search for a specialty, doctor or clinic and the two directories: the way to book. */
function FindCare() {
  const { t } = useTranslation();
  return (
    <section className="section">
      <h2>{t('home.searchTitle')}</h2>
      <SearchCombobox />
      <ul className="entry-grid">
        <li>
          <Link to="/clinics" className="entry">
            <span className="entry__title">{t('home.findClinic')}</span>
            <span className="entry__text">{t('home.findClinicText')}</span>
          </Link>
        </li>
        <li>
          <Link to="/doctors" className="entry">
            <span className="entry__title">{t('home.findDoctor')}</span>
            <span className="entry__text">{t('home.findDoctorText')}</span>
          </Link>
        </li>
        <li>
          <Link to="/symptoms" className="entry">
            <span className="entry__title">{t('home.symptomGuide')}</span>
            <span className="entry__text">{t('home.symptomGuideText')}</span>
          </Link>
        </li>
      </ul>
    </section>
  );
}

/** Specialties a patient may book without a referral, as large links to the filtered doctor list. */
function CommonSpecialties() {
  const { t } = useTranslation();
  const { specialties, isPending, isError, error, refetch } = useSpecialties();
  const common = specialties.filter((specialty) => specialty.kind === 'doctor' && specialty.selfBooking);

  return (
    <section className="section">
      <h2>{t('home.specialtiesTitle')}</h2>
      <p>{t('home.specialtiesText')}</p>
      <LiveStatus>{isPending ? t('home.specialtiesLoading') : null}</LiveStatus>
      {isError ? <ErrorMessage error={error} onRetry={() => void refetch()} headingLevel={3} /> : null}
      {common.length > 0 ? (
        <ul className="specialty-grid" lang={DATA_LANG}>
          {common.map((specialty) => (
            <li key={specialty.code}>
              <Link
                to={`/doctors?specialty=${encodeURIComponent(specialty.code)}`}
                className="specialty-link"
              >
                {specialty.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
