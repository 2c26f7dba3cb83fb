import { registryScopeOf } from '../access';
import type { Principal } from '../identity';
import { DomainError } from '../shared';
import { deskClinic } from './desk-clinic';
import { type QueueLine, queueBoard } from './queue-board';
import { RegistryErrorCode } from './registry.errors';
import type { RegistryDeps } from './search-patients';

/**
 * Today's queue of the registrar's clinic for the hall's board (issue 13): every visit of the clinic-local
 * day still to happen or checked in, as arrived, waiting or late, with the ticket number and initials only.
 * Not audited per read: the board polls, names nobody and opens no card (docs/registry.md).
 */
export async function readQueue(
  deps: RegistryDeps,
  principal: Principal,
  input: { organizationId?: string | undefined },
): Promise<{ organizationId: string; lines: QueueLine[] }> {
  const organizationId = deskClinic(principal, input.organizationId, 'query.organizationId');
  if (!registryScopeOf(principal)?.organizationIds.includes(organizationId)) {
    throw new DomainError(RegistryErrorCode.CLINIC_OUT_OF_SCOPE, { field: 'query.organizationId' });
  }
  const now = deps.clock.now();
  const visits = await deps.registry.transaction((repos) => repos.queue.today(organizationId, now));
  return { organizationId, lines: queueBoard(visits, now) };
}
