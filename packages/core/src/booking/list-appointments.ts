import { auditAllowed, authorizePatient } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { BookingErrorCode } from './booking.errors';
import type { AppointmentStatus, AppointmentView } from './booking.types';
import { authorizeAppointment, type BookingDeps } from './booking-deps';

export interface ListAppointmentsInput {
  statuses?: AppointmentStatus[];
  from?: Date;
  to?: Date;
  /** One person's visits (a ward, or a patient a registrar looks up); all the caller's when absent. */
  patientId?: string;
  page: number;
  pageSize: number;
  origin: RequestOrigin;
}

/**
 * The caller's appointments and their wards' (issue item 5), newest visit first, filtered by status and
 * period. With `patientId` the access policy decides (another patient's list is "not found").
 */
export async function listAppointments(
  deps: BookingDeps,
  principal: Principal,
  input: ListAppointmentsInput,
): Promise<{ items: AppointmentView[]; total: number }> {
  let patientIds: string[];
  if (input.patientId) {
    const basis = await authorizePatient(deps.access, principal, input.patientId, 'read', input.origin);
    patientIds = [input.patientId];
    if (basis !== 'self') {
      // Someone else's visits (a ward's, a patient's at the front desk): the read is audited (rule 17).
      const patientId = input.patientId;
      await deps.access.access.transaction((repos) =>
        auditAllowed(repos, principal, {
          action: 'record.read',
          patientId,
          basis,
          origin: input.origin,
          at: deps.clock.now(),
          recordType: 'appointment_list',
          recordId: patientId,
        }),
      );
    }
  } else {
    const me = principal.patientId;
    if (!me) throw new DomainError(BookingErrorCode.PATIENT_REQUIRED, { field: 'query.patientId' });
    const wards = await deps.store.read((repos) => repos.booking.wardIds(me));
    patientIds = [me, ...wards];
  }
  return deps.store.read((repos) =>
    repos.booking.list({
      patientIds,
      statuses: input.statuses?.length ? input.statuses : null,
      from: input.from ?? null,
      to: input.to ?? null,
      page: input.page,
      pageSize: input.pageSize,
    }),
  );
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
