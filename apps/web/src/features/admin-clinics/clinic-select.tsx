import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../shared/ui/select-field';
import { clinicsQueries, type TClinicOverview } from './clinics.api';

/** The clinics of the caller's scope (all for a system admin): the choices of a clinic field. */
export function useScopeClinics(): { clinics: TClinicOverview[]; isPending: boolean } {
  const clinics = useQuery(clinicsQueries.list());
  return { clinics: clinics.data?.items ?? [], isPending: clinics.isPending };
}

/**
 * A clinic of the caller's scope: «Поликлиника» with the clinics by region and name; `anyLabel` offers «all»
 * (an empty value) first.
 */
export function ClinicSelect({
  id,
  value,
  onChange,
  anyLabel,
}: {
  id: string;
  value: string;
  onChange: (organizationId: string) => void;
  anyLabel?: string;
}) {
  const { t } = useTranslation();
  const { clinics } = useScopeClinics();
  return (
    <SelectField
      id={id}
      label={t('staff.clinic')}
      value={value}
      onChange={onChange}
      options={[
        ...(anyLabel === undefined ? [] : [{ value: '', label: anyLabel }]),
        ...clinics.map((clinic) => ({
          value: clinic.id,
          label: `${clinic.shortName} (${clinic.region.name})`,
        })),
      ]}
    />
  );
}
