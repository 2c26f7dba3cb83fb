/** Error codes of schedules pushed by a regional MIS (answered as OperationOutcome or an HL7 v2 ACK). */
export const MisSchedulesErrorCode = {
  /** The slot has an active appointment booked in Talon: the MIS may not overwrite it (409; admins told). */
  MIS_SLOT_BOOKED_IN_TALON: 'MIS_SLOT_BOOKED_IN_TALON',
  /** An element of the pushed Slot or Schedule is missing or wrong (422, with its path, e.g. `Slot.start`). */
  MIS_RESOURCE_INVALID: 'MIS_RESOURCE_INVALID',
  /** The client belongs to no clinic, so it owns no schedule (403). */
  MIS_CLIENT_WITHOUT_ORGANIZATION: 'MIS_CLIENT_WITHOUT_ORGANIZATION',
  /** No such Schedule (practitioner role) at the client's clinic (404). */
  MIS_SCHEDULE_NOT_FOUND: 'MIS_SCHEDULE_NOT_FOUND',
  /** No such slot at the client's clinic (404). */
  MIS_SLOT_NOT_FOUND: 'MIS_SLOT_NOT_FOUND',
  /** Another slot of the schedule starts at that time and is not free to take over (409). */
  MIS_SLOT_TIME_TAKEN: 'MIS_SLOT_TIME_TAKEN',
  /** The identifier already names another slot or schedule (409). */
  MIS_IDENTIFIER_TAKEN: 'MIS_IDENTIFIER_TAKEN',
} as const;
export type MisSchedulesErrorCode = (typeof MisSchedulesErrorCode)[keyof typeof MisSchedulesErrorCode];
