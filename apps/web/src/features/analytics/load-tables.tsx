import { useTranslation } from 'react-i18next';
import type { LoadReport } from './analytics.api';
import { LoadGroupsTable } from './load-groups-table';

type Clinic = LoadReport['organizations'][number];
type Specialty = LoadReport['specialties'][number];
type Practitioner = LoadReport['groups'][number];

/**
 * The load per group, as detailed as the answer: per clinic for a system admin's all-clinic view, per
 * specialty and per practitioner for one clinic.
 */
export function LoadTables({ report }: { report: LoadReport }) {
  const { t } = useTranslation();
  const clinic = { header: t('analytics.waits.organization'), of: (row: Clinic) => row.organizationName };
  const specialty = { header: t('analytics.waits.specialty'), of: (row: Specialty) => row.specialtyName };
  if (report.detail === 'organization') {
    return (
      <LoadGroupsTable
        caption={t('analytics.load.byOrganization')}
        names={[clinic]}
        rows={report.organizations}
        keyOf={(row) => row.organizationId}
      />
    );
  }
  return (
    <>
      <LoadGroupsTable
        caption={t('analytics.load.bySpecialty')}
        names={report.organizations.length > 1 ? [clinic, specialty] : [specialty]}
        rows={report.specialties}
        keyOf={(row) => `${row.organizationId}-${row.specialtyCode}`}
      />
      {report.groups.length > 0 ? (
        <LoadGroupsTable
          caption={t('analytics.load.byPractitioner')}
          names={[
            specialty,
            { header: t('analytics.filters.practitioner'), of: (row: Practitioner) => row.practitionerName },
          ]}
          rows={report.groups}
          keyOf={(row) => `${row.organizationId}-${row.specialtyCode}-${row.practitionerId}`}
        />
      ) : null}
    </>
  );
}
