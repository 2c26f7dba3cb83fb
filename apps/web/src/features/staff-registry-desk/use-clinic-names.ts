import { useQueries } from '@tanstack/react-query';
import { directoryQueries } from '../directory/directory.api';

/** The clinics the staff book into, named from the directory (in the order of the ids). */
export function useClinicNames(ids: readonly string[]) {
  const named = useQueries({ queries: ids.map((clinicId) => directoryQueries.organization(clinicId)) });
  return ids.map((clinicId, index) => ({ id: clinicId, name: named[index]?.data?.name ?? '…' }));
}
