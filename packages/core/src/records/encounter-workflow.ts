import type { ConditionRole, EncounterStatus } from '@talon/vocabulary/records';

/**
 * A visit record's life (docs/domain.md rule 26): written `in-progress`, closed `finished`; a finished record
 * is changed only by an amendment — a new version, the earlier one kept with its author — never in place
 * (the database refuses it too, by a trigger). `entered-in-error` withdraws a record written by mistake.
 */
export const canEditInPlace = (status: EncounterStatus): boolean => status === 'in-progress';

export const canFinishEncounter = (status: EncounterStatus): boolean => status === 'in-progress';

export const canAmendEncounter = (status: EncounterStatus): boolean => status === 'finished';

/** At most one primary diagnosis per visit: does adding `role` keep that true? */
export const canAddConditionRole = (
  existing: readonly (ConditionRole | null)[],
  role: ConditionRole,
): boolean => role !== 'primary' || !existing.includes('primary');
