import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePreferences } from '../../shared/preferences/use-preferences';
import { PageHeading } from '../../shared/ui/page-heading';
import { SearchForm } from '../../shared/ui/search-form';
import { SelectField } from '../../shared/ui/select-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useQueryParam } from '../../shared/ui/use-query-param';
import { PractitionerResults } from './practitioner-results';
import { RegionRequired } from './region-required';
import { useRegion, useSpecialties } from './use-directory';
import './directory.css';

/** `/doctors?specialty=&q=`: the doctors of the chosen region, by name and specialty. */
export function DoctorsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('doctors.title'));
  const { regionCode } = usePreferences();
  const region = useRegion(regionCode);
  const [q, setQ] = useQueryParam('q');
  const [specialty, setSpecialty] = useQueryParam('specialty');
  const { specialties, byCode } = useSpecialties();

  const specialtyOptions = [
    { value: '', label: t('directory.allSpecialties') },
    ...specialties.map((item) => ({ value: item.code, label: item.name })),
  ];
  // A specialty from a link may arrive before the list: keep it selectable meanwhile.
  if (specialty && !byCode.has(specialty)) specialtyOptions.push({ value: specialty, label: specialty });

  return (
    <div className="page">
      <PageHeading>{t('doctors.title')}</PageHeading>
      {regionCode === null ? (
        <RegionRequired />
      ) : (
        <>
          {region ? <p className="page-lead">{t('doctors.lead', { region: region.name })}</p> : null}
          <p>
            <Link to="/symptoms">{t('symptomGuide.searchLink')}</Link>
          </p>
          <SearchForm
            label={t('doctors.searchLabel')}
            hint={t('doctors.searchHint')}
            value={q}
            onSearch={setQ}
          >
            <div className="search-form__filters">
              <SelectField
                label={t('directory.specialty')}
                value={specialty}
                options={specialtyOptions}
                onChange={setSpecialty}
              />
            </div>
          </SearchForm>
          <PractitionerResults
            filters={{ region: regionCode, q: q || undefined, specialty: specialty || undefined }}
            emptyText={t('doctors.noResults')}
            noneText={t('doctors.regionEmpty', { region: region?.name ?? regionCode })}
          />
        </>
      )}
    </div>
  );
}
