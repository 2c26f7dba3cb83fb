import type { PersonFields } from '../shared';

/** Where a visit of today stands on the hall's board. */
export type QueueState = 'arrived' | 'waiting' | 'late';

/** A visit of today as the board reads it: still to happen or checked in. */
export interface QueueVisit extends Pick<PersonFields, 'surname' | 'name' | 'patronymic'> {
  id: string;
  status: 'booked' | 'confirmed' | 'arrived';
  startsAt: Date;
  ticketNumber: string;
  /** The clinic's IANA zone: the board prints the clinic's wall time, whatever the screen's zone. */
  timeZone: string;
}

/** A line of the board: the ticket number and the initials only (152-ФЗ: the hall sees no names). */
export interface QueueLine {
  id: string;
  ticketNumber: string;
  initials: string;
  startsAt: Date;
  timeZone: string;
  state: QueueState;
}

/**
 * A visit's place in today's queue: `arrived` once checked in; `late` when its start has passed and the
 * patient has not checked in; `waiting` before its start.
 */
export function classifyQueueVisit(visit: Pick<QueueVisit, 'status' | 'startsAt'>, now: Date): QueueState {
  if (visit.status === 'arrived') return 'arrived';
  return visit.startsAt.getTime() <= now.getTime() ? 'late' : 'waiting';
}

/** «Иванова Мария Петровна» → «И. М. П.»: enough to recognise oneself next to one's ticket, no more. */
export function initialsOf(person: Pick<PersonFields, 'surname' | 'name' | 'patronymic'>): string {
  return [person.surname, person.name, person.patronymic]
    .filter((part): part is string => Boolean(part))
    .map((part) => `${part.charAt(0).toUpperCase()}.`)
    .join(' ');
}

/** Today's board: every visit with its state and initials, by start time, then ticket number. */
export function queueBoard(visits: readonly QueueVisit[], now: Date): QueueLine[] {
  return [...visits]
    .sort(
      (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.ticketNumber.localeCompare(b.ticketNumber),
    )
    .map((visit) => ({
      id: visit.id,
      ticketNumber: visit.ticketNumber,
      initials: initialsOf(visit),
      startsAt: visit.startsAt,
      timeZone: visit.timeZone,
      state: classifyQueueVisit(visit, now),
    }));
}
