import {
  auditReadsOf,
  authorizePatientAccess,
  type RecordView,
  type RegistryScope,
  registryScopeOf,
  representedWards,
} from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { appointmentFor } from './appointment-reading';
import { BookingErrorCode } from './booking.errors';
import type { AppointmentListFilter } from './booking.ports';
import type { AppointmentReading, AppointmentStatus, AppointmentView } from './booking.types';
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

/** The people whose visits a list shows, each with the reader's view, and the registry's clinics. */
export interface ListedPatients {
  patients: { patientId: string; view: RecordView }[];
  /** A registrar's or call centre's list shows only the visits at the clinics they act for (issue 13). */
  organizationScope: RegistryScope | null;
}

/**
 * Whose visits the caller may list: with `patientId` the access policy decides (another patient's list is
 * "not found") and a read of someone else's list is audited as `recordType`; without it the caller's own
 * and their wards' (by the age rules of each link) — the wards' read audited as well, one entry per ward.
 */
export async function listedPatients(
  deps: BookingDeps,
  principal: Principal,
  input: AppointmentFilterInput,
  recordType: string,
): Promise<ListedPatients> {
  if (input.patientId) {
    const patientId = input.patientId;
    const grant = await authorizePatientAccess(deps.access, principal, patientId, 'read', input.origin);
    if (grant.basis !== 'self') {
      // Someone else's visits (a ward's, a patient's at the front desk): the read is audited (rule 17).
      await auditReadsOf(deps.access, principal, {
        reads: [{ patientId, basis: grant.basis }],
        action: 'record.read',
        recordType,
        origin: input.origin,
      });
    }
    return {
      patients: [{ patientId, view: grant.view }],
      organizationScope: grant.basis === 'registry' ? registryScopeOf(principal) : null,
    };
  }
  const [own, ...wards] = await ownAndWards(deps, principal, 'query.patientId');
  await auditReadsOf(deps.access, principal, {
    reads: wards.map((ward) => ({ patientId: ward.patientId, basis: 'representative' })),
    action: 'record.read',
    recordType,
    origin: input.origin,
  });
  return { patients: [own!, ...wards], organizationScope: null };
}

/**
 * The caller's own patient (medical view) and the wards they act for now: a parent's link to an adult
 * child no longer counts, and one to a 15–17-year-old who has not allowed it gives the booking view.
 */
export async function ownAndWards(
  deps: Pick<BookingDeps, 'store' | 'clock'>,
  principal: Principal,
  field?: string,
): Promise<{ patientId: string; view: RecordView }[]> {
  const me = principal.patientId;
  if (!me) throw new DomainError(BookingErrorCode.PATIENT_REQUIRED, field ? { field } : undefined);
  const links = await deps.store.read((repos) => repos.booking.wardLinks(me));
  return [{ patientId: me, view: 'medical' }, ...representedWards(links, deps.clock.now())];
}

/** Each visit in the view its reader has of that visit's patient. */
function readingsOf(items: readonly AppointmentView[], listed: ListedPatients): AppointmentReading[] {
  const views = new Map(listed.patients.map((p) => [p.patientId, p.view]));
  return items.map((item) => appointmentFor(item, views.get(item.patientId) ?? 'booking'));
}

/** The repository filter of the list's inputs. */
export function appointmentFilter(
  listed: ListedPatients,
  input: AppointmentFilterInput,
  page: { page: number; pageSize: number },
): AppointmentListFilter {
  return {
    patientIds: listed.patients.map((p) => p.patientId),
    organizationScope: listed.organizationScope,
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
): Promise<{ items: AppointmentReading[]; total: number }> {
  const listed = await listedPatients(deps, principal, input, 'appointment_list');
  const page = await deps.store.read((repos) => repos.booking.list(appointmentFilter(listed, input, input)));
  return { items: readingsOf(page.items, listed), total: page.total };
}

/**
 * One appointment, for its patient, their representatives, staff the policy lets book at its clinic, or
 * its practitioner; in the reader's view (docs/domain.md rule 24).
 */
export async function getAppointment(
  deps: BookingDeps,
  principal: Principal,
  input: { appointmentId: string; origin: RequestOrigin },
): Promise<AppointmentReading> {
  const view = await deps.store.read((repos) => repos.booking.view(input.appointmentId));
  if (!view) throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
  const grant = await authorizeAppointment(
    deps,
    principal,
    { patientId: view.patientId, practitionerId: view.practitioner.id, organizationId: view.organization.id },
    'read',
    input.origin,
  );
  if (grant.basis !== 'self') {
    await auditReadsOf(deps.access, principal, {
      reads: [{ patientId: view.patientId, basis: grant.basis, recordId: view.id }],
      action: 'record.read',
      recordType: 'appointment',
      origin: input.origin,
    });
  }
  return appointmentFor(view, grant.view);
}
