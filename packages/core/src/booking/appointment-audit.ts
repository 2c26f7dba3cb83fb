import { type AccessBasis, auditAllowed } from '../access';
import type { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';

/**
 * The audit entry of an action on a visit. Callers write it last in their transaction: it only takes a
 * number (the worker chains it later), so it holds no lock and the rest of the transaction stays short.
 */
export function auditAppointment(
  repos: Parameters<typeof auditAllowed>[0],
  principal: Principal,
  action: AuditAction,
  entry: {
    appointmentId: string;
    patientId: string;
    basis: AccessBasis;
    origin: RequestOrigin;
    at: Date;
    reason?: string | null;
    details: Record<string, unknown>;
  },
) {
  const { appointmentId, ...rest } = entry;
  return auditAllowed(repos, principal, {
    ...rest,
    action,
    recordType: 'appointment',
    recordId: appointmentId,
  });
}
