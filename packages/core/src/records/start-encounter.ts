import type { EncounterClass } from '@talon/vocabulary/records';
import { auditRecordCreated } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { authorizeAuthor } from './author-access';
import { sectionsOf } from './encounter-sections';
import { RecordsErrorCode } from './records.errors';
import type { RecordsDeps } from './records.ports';
import type { EncounterSections, EncounterView } from './records.types';

export interface StartEncounterInput {
  patientId: string;
  /** The visit the record is written for; the practitioner's own appointment with this patient. */
  appointmentId?: string | null;
  class?: EncounterClass;
  sections?: Partial<EncounterSections>;
  origin: RequestOrigin;
}

/**
 * Opens the record of a visit (issue 12, item 3): `in-progress`, written by the practitioner in care. For an
 * appointment the record is one (a unique index): starting it again returns the draft already there, so
 * «Начать приём» pressed twice, or a reload, resumes the same record. Audited as `record.create`.
 */
export async function startEncounter(
  deps: RecordsDeps,
  principal: Principal,
  input: StartEncounterInput,
): Promise<{ encounter: EncounterView; created: boolean }> {
  const { basis, practitionerId } = await authorizeAuthor(deps, principal, input.patientId, input.origin);
  const appointmentId = input.appointmentId ?? null;
  const now = deps.clock.now();
  const id = deps.newId();
  const result = await deps.store.transaction(async (repos) => {
    let organizationId: string | undefined;
    let practitionerRoleId: string | null = null;
    let periodStart = now;
    if (appointmentId) {
      const existing = await repos.encounters.findByAppointment(appointmentId);
      if (existing) {
        if (existing.patientId !== input.patientId) {
          throw new DomainError(RecordsErrorCode.ENCOUNTER_APPOINTMENT_MISMATCH, {
            field: 'body.appointmentId',
          });
        }
        return { id: existing.id, created: false };
      }
      const visit = await repos.facts.appointmentFacts(appointmentId);
      if (!visit || visit.patientId !== input.patientId || visit.practitionerId !== practitionerId) {
        throw new DomainError(RecordsErrorCode.ENCOUNTER_APPOINTMENT_MISMATCH, {
          field: 'body.appointmentId',
        });
      }
      organizationId = visit.organizationId;
      practitionerRoleId = visit.practitionerRoleId;
      periodStart = visit.startsAt.getTime() < now.getTime() ? visit.startsAt : now;
    } else {
      organizationId =
        principal.roles.find(
          (grant) => (grant.role === 'doctor' || grant.role === 'nurse') && grant.organizationId,
        )?.organizationId ?? undefined;
    }
    if (!organizationId) throw new DomainError(RecordsErrorCode.ENCOUNTER_ORGANIZATION_REQUIRED);
    await repos.encounters.create({
      id,
      patientId: input.patientId,
      appointmentId,
      practitionerId,
      practitionerRoleId,
      organizationId,
      class: input.class ?? 'AMB',
      periodStart,
      sections: sectionsOf(input.sections),
      createdByAccountId: principal.accountId,
      at: now,
    });
    await auditRecordCreated(
      repos,
      principal,
      { type: 'encounter', id, at: now },
      { patientId: input.patientId, basis, origin: input.origin },
    );
    return { id, created: true };
  });
  const encounter = await deps.store.read((repos) => repos.encounters.find(result.id));
  if (!encounter) throw new Error('encounter vanished after insert');
  return { encounter, created: result.created };
}
