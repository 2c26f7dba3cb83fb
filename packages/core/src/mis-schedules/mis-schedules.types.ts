/** An identifier of a regional MIS (FHIR `Identifier`, HL7 v2 filler id with its namespace). */
export interface ExternalId {
  system: string;
  value: string;
}

/**
 * What a MIS says of a slot: `free` opens it for booking in Talon; `busy` (FHIR `busy`, `busy-unavailable`,
 * `busy-tentative`; an HL7 v2 booking) takes it out (Talon's `blocked`).
 */
export type MisSlotState = 'free' | 'busy';

/** One slot pushed by a MIS (FHIR `PUT /Slot…`, HL7 v2 `SIU`). */
export interface MisSlotPush {
  /** A Talon slot by id (`PUT /Slot/<id>`), or the MIS's slot by its identifier (conditional upsert). */
  target: { slotId: string } | { identifier: ExternalId };
  /** The identifier the MIS gives the slot (recorded; required to create one). */
  identifier: ExternalId | null;
  /** The Talon Schedule (a practitioner role) the slot belongs to. */
  practitionerRoleId: string;
  startsAt: Date;
  endsAt: Date;
  state: MisSlotState;
}

export interface MisSlotResult {
  slotId: string;
  created: boolean;
}

/** One Schedule pushed by a MIS: it claims a practitioner role under its identifier, active or not. */
export interface MisSchedulePush {
  /** The Talon Schedule by id (`PUT /Schedule/<id>`), or the MIS's by its identifier (conditional upsert). */
  target: { practitionerRoleId: string } | { identifier: ExternalId };
  identifier: ExternalId | null;
  /** The role the Schedule's actors name. */
  practitionerRoleId: string;
  active: boolean;
}

export interface MisScheduleResult {
  practitionerRoleId: string;
  created: boolean;
  /** The MIS's free slots taken out because the Schedule was set inactive. */
  blockedSlots: number;
}

/** What the store answers for a slot push. */
export type SlotApplyOutcome =
  | { kind: 'done'; slotId: string; created: boolean }
  | { kind: 'schedule_not_found' }
  | { kind: 'slot_not_found' }
  /** The slot has an active appointment booked in Talon: not overwritten. */
  | { kind: 'booked_in_talon'; slotId: string; startsAt: Date }
  /** Another slot of the schedule starts at that time and cannot be taken over. */
  | { kind: 'time_taken' }
  /** The identifier is another slot's. */
  | { kind: 'identifier_taken' };

export type ScheduleApplyOutcome =
  | { kind: 'done'; practitionerRoleId: string; created: boolean; blockedSlots: number }
  | { kind: 'schedule_not_found' }
  | { kind: 'identifier_taken' };
