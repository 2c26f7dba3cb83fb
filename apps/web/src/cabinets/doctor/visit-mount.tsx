import { useTranslation } from 'react-i18next';
import { StaffLayout } from '../staff-layout';

/**
 * TEMPORARY, until the doctor's cabinet shell (`/doctor`) lands: the smallest frame around the visit record's
 * routes (its guard for doctors and nurses is the route group in app/router.tsx). At merge the lead wires
 * `visitRecordRoutes` into the cabinet's shell and deletes this file and that route group.
 */
export function VisitMount() {
  const { t } = useTranslation();
  return <StaffLayout home="/doctor" tagline={t('visit.cabinet')} navLabel={t('visit.cabinet')} links={[]} />;
}
