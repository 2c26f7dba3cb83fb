import { useQuery } from '@tanstack/react-query';
import { appointmentQueries } from '../booking/booking.api';
import { privacyQueries } from '../privacy/privacy.api';

export interface SupportClinic {
  id: string;
  name: string;
}

/**
 * The clinics a ticket may be about: the one the person is attached to first, then those of their visits
 * (newest first, as the list comes), each once.
 */
export function supportClinics(
  attachment: { organizationId: string; organizationName: string } | null | undefined,
  visits: readonly { organization: SupportClinic }[],
): SupportClinic[] {
  const clinics = new Map<string, SupportClinic>();
  if (attachment)
    clinics.set(attachment.organizationId, {
      id: attachment.organizationId,
      name: attachment.organizationName,
    });
  for (const { organization } of visits)
    if (!clinics.has(organization.id))
      clinics.set(organization.id, { id: organization.id, name: organization.name });
  return [...clinics.values()];
}

/**
 * The signed-in person's clinics from what the web app already reads (the profile's attachment and «Мои
 * записи»); a staff account without a patient card simply has none, so errors mean an empty list.
 */
export function useSupportClinics(): SupportClinic[] {
  const profile = useQuery({ ...privacyQueries.profile(), retry: false });
  const visits = useQuery({ ...appointmentQueries.list({}), retry: false });
  return supportClinics(profile.data?.attachment, visits.data?.items ?? []);
}
