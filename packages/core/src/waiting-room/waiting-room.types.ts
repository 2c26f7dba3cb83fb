/** A place's status as the holder sees it (lapsed and finished places are gone). */
export type WaitingPlaceStatus = 'waiting' | 'admitted';

/** A place as stored: its arrival order (`seq`) and, while waiting, how many live places are ahead. */
export interface WaitingPlace {
  placeId: string;
  /** Arrival order: admission is strictly by it. */
  seq: number;
  status: WaitingPlaceStatus;
  /** Live waiting places with a smaller `seq` (0 once admitted). */
  ahead: number;
  joinedAt: Date;
  admittedUntil: Date | null;
}

/** A place as its holder sees it (the answer of join and read, and the live stream's events). */
export interface WaitingPlaceView {
  token: string;
  status: WaitingPlaceStatus;
  /** 1-based while waiting, 0 once admitted. */
  position: number;
  estimatedWaitSeconds: number;
  admittedUntil: Date | null;
  joinedAt: Date;
}

/** The room as shared by every API process (one row in PostgreSQL). */
export interface WaitingRoomState {
  /** Active until then: renewed by every report of overload, set by a drill. */
  activeUntil: Date | null;
  /** The last time a process reported its booking path past the ceiling. */
  lastOverloadAt: Date | null;
  /** Admissions per second now (adapted to the measured load; fixed during a drill). */
  admissionsPerSecond: number;
  /** A drill's end: until then the rate is the drill's. */
  drillUntil: Date | null;
  /** The admitter's last pass, and the fraction of an admission it owes (admissions are whole). */
  lastAdmissionAt: Date | null;
  admissionCarry: number;
  /**
   * Bookings answered (not shed) by every process while the room gated, as counted so far; the part the
   * admitter has taken into account; and the smoothed bookings completed per second it measured from them.
   */
  completedTotal: number;
  completedSeen: number;
  completedPerSecond: number;
  /** Live waiting places. */
  waiting: number;
}

/** The numbers of the room (configuration: WAITING_ROOM_*; docs/waiting-room.md «Configuration»). */
export interface WaitingRoomSettings {
  /** How long an admission lets its token through the booking path. */
  admissionSeconds: number;
  /** A waiting place unseen this long lapses. */
  keepSeconds: number;
  /** The room stays active this long after the last report of overload. */
  cooldownSeconds: number;
  /** The admission rate's start and bounds (admissions per second). */
  initialRate: number;
  minRate: number;
  maxRate: number;
}
