import type { TPractitioner } from '../directory/directory.api';
import type { SlotScope } from './booking.api';

/**
 * What the time choice shows first, worked out the same way by the page and by its route's loader (which
 * asks for it while the page's code is still on its way): the scope of a `/book?…` address, the first day
 * with free times, and the clinic's zone that decides where that day begins.
 */

/** The scope of `/book?practitioner=&organization=&specialty=&visitType=`, for the patient themself. */
export function slotScopeOf(params: URLSearchParams, patientId?: string): SlotScope {
  return {
    practitioner: params.get('practitioner') ?? '',
    organization: params.get('organization') ?? undefined,
    specialty: params.get('specialty') ?? undefined,
    patientId: patientId || undefined,
    // «Только видеоприём» (docs/video-visits.md): the slot search's own filter.
    visitType: params.get('visitType') === 'video' ? 'video' : undefined,
  };
}

/** The first day of the calendar that still has a free time, or null. */
export function firstFreeDay(days: readonly { date: string; free: number }[]): string | null {
  return days.find((day) => day.free > 0)?.date ?? null;
}

/** The doctor's place of work the scope points at (its clinic and specialty), the first one when open. */
export function roleInScope(practitioner: TPractitioner | undefined, scope: SlotScope) {
  return practitioner?.roles.find(
    (r) =>
      (!scope.organization || r.organization.id === scope.organization) &&
      (!scope.specialty || r.specialty.code === scope.specialty),
  );
}
