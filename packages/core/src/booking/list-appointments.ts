import { auditAllowed, auditReadsOf, authorizePatient } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { BookingErrorCode } from './booking.errors';
import type { AppointmentListFilter } from './booking.ports';
import type { AppointmentStatus, AppointmentView } from './booking.types';
import { authorizeAppointment, type BookingDeps } from './booking-deps';

/** The filters of the appointment list, shared by its exports. */
export interface AppointmentFilterInput {
  statuses?: AppointmentStatus[];
  from?: Date;
  to?: Date;
  /** One person's visits (a ward, or a patient a registrar looks up); all the caller's when absent. */
  patientId?: string;
  /** Visits with this practitioner only. */
  practitionerId?: string;
  origin: RequestOrigin;
}

export interface ListAppointmentsInput extends AppointmentFilterInput {
  page: number;
  pageSize: number;
}

/**
 * Whose visits the caller may list: with `patientId` the access policy decides (another patient's list is
 * "not found") and a read of someone else's list is audited as `recordType`; without it the caller's own
 * and their wards' — the wards' read audited as well, one entry per ward.
 */
export async function listedPatientIds(
  deps: BookingDeps,
  principal: Principal,
  input: AppointmentFilterInput,
  recordType: string,
): Promise<string[]> {
  if (input.patientId) {
    const patientId = input.patientId;
    const basis = await authorizePatient(deps.access, principal, patientId, 'read', input.origin);
    if (basis !== 'self') {
      // Someone else's visits (a ward's, a patient's at the front desk): the read is audited (rule 17).
      await deps.access.access.transaction((repos) =>
        auditAllowed(repos, principal, {
          action: 'record.read',
          patientId,
          basis,
          origin: input.origin,
          at: deps.clock.now(),
          recordType,
          recordId: patientId,
        }),
      );
    }
    return [patientId];
  }
  const [own, ...wards] = await ownAndWardIds(deps, principal, 'query.patientId');
  await auditReadsOf(deps.access, principal, {
    reads: wards.map((wardId) => ({ patientId: wardId, basis: 'representative' })),
    action: 'record.read',
    recordType,
    origin: input.origin,
  });
  return [own!, ...wards];
}

/** The caller's own patient and the wards they act for (active parent or guardian links). */
export async function ownAndWardIds(
  deps: Pick<BookingDeps, 'store'>,
  principal: Principal,
  field?: string,
): Promise<string[]> {
  const me = principal.patientId;
  if (!me) throw new DomainError(BookingErrorCode.PATIENT_REQUIRED, field ? { field } : undefined);
  const wards = await deps.store.read((repos) => repos.booking.wardIds(me));
  return [me, ...wards];
}

/** The repository filter of the list's inputs. */
export function appointmentFilter(
  patientIds: readonly string[],
  input: AppointmentFilterInput,
  page: { page: number; pageSize: number },
): AppointmentListFilter {
  return {
    patientIds,
    statuses: input.statuses?.length ? input.statuses : null,
    from: input.from ?? null,
    to: input.to ?? null,
    practitionerId: input.practitionerId ?? null,
    page: page.page,
    pageSize: page.pageSize,
  };
}

/**
 * The caller's appointments and their wards' (issue item 5), newest visit first, filtered by status,
 * period and practitioner. With `patientId` the access policy decides (another patient's list is "not
 * found").
 */
export async function listAppointments(
  deps: BookingDeps,
  principal: Principal,
  input: ListAppointmentsInput,
): Promise<{ items: AppointmentView[]; total: number }> {
  const patientIds = await listedPatientIds(deps, principal, input, 'appointment_list');
  return deps.store.read((repos) => repos.booking.list(appointmentFilter(patientIds, input, input)));
}

/** One appointment, for its patient, their representatives, staff the policy lets book, or its practitioner. */
export async function getAppointment(
  deps: BookingDeps,
  principal: Principal,
  input: { appointmentId: string; origin: RequestOrigin },
): Promise<AppointmentView> {
  const view = await deps.store.read((repos) => repos.booking.view(input.appointmentId));
  if (!view) throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
  const practitionerId = view.practitioner.id;
  const basis = await authorizeAppointment(
    deps,
    principal,
    { patientId: view.patientId, practitionerId },
    'read',
    input.origin,
  );
  if (basis !== 'self') {
    await deps.access.access.transaction((repos) =>
      auditAllowed(repos, principal, {
        action: 'record.read',
        patientId: view.patientId,
        basis,
        origin: input.origin,
        at: deps.clock.now(),
        recordType: 'appointment',
        recordId: view.id,
      }),
    );
  }
  return view;
}
