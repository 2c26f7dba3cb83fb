import { fullName } from '../representatives/person-name';

/**
 * Whose visit it is, in words: the user themself or one of their wards (ended links too: past visits keep
 * their person). Null when the person is unknown to this account (a registrar looking at someone's visit).
 */
export function patientNameOf(
  patientId: string,
  me: { patientId: string | null; displayName: string } | null | undefined,
  wards: readonly { patient: { id: string; surname: string; name: string; patronymic?: string | null } }[],
): { name: string; isSelf: boolean } | null {
  if (me?.patientId === patientId) return { name: me.displayName, isSelf: true };
  const ward = wards.find((item) => item.patient.id === patientId);
  return ward ? { name: fullName(ward.patient), isSelf: false } : null;
}
