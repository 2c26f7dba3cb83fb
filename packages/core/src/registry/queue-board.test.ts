import { describe, expect, it } from 'vitest';
import { classifyQueueVisit, initialsOf, type QueueVisit, queueBoard } from './queue-board';

const now = new Date('2027-03-10T09:00:00Z');
const visit = (over: Partial<QueueVisit>): QueueVisit => ({
  id: 'a',
  status: 'booked',
  startsAt: new Date('2027-03-10T09:30:00Z'),
  ticketNumber: 'ГП14-20270310-0001',
  surname: 'Иванова',
  name: 'Мария',
  patronymic: 'Петровна',
  timeZone: 'Europe/Moscow',
  ...over,
});

describe('classifyQueueVisit', () => {
  it('is arrived once checked in, even after the start', () => {
    expect(classifyQueueVisit({ status: 'arrived', startsAt: new Date('2027-03-10T08:00:00Z') }, now)).toBe(
      'arrived',
    );
  });

  it('is waiting before the start and late from the start on without a check-in', () => {
    expect(classifyQueueVisit({ status: 'confirmed', startsAt: new Date('2027-03-10T09:00:01Z') }, now)).toBe(
      'waiting',
    );
    expect(classifyQueueVisit({ status: 'booked', startsAt: now }, now)).toBe('late');
    expect(classifyQueueVisit({ status: 'confirmed', startsAt: new Date('2027-03-10T08:40:00Z') }, now)).toBe(
      'late',
    );
  });
});

describe('queueBoard', () => {
  it('shows the ticket number and initials only, by start time', () => {
    const board = queueBoard(
      [
        visit({ id: 'later', ticketNumber: 'ГП14-20270310-0002' }),
        visit({
          id: 'earlier',
          status: 'arrived',
          startsAt: new Date('2027-03-10T08:30:00Z'),
          surname: 'Ёлкин',
          name: 'пётр',
          patronymic: null,
        }),
      ],
      now,
    );
    expect(board.map(({ id, initials, state }) => ({ id, initials, state }))).toEqual([
      { id: 'earlier', initials: 'Ё. П.', state: 'arrived' },
      { id: 'later', initials: 'И. М. П.', state: 'waiting' },
    ]);
    expect(Object.keys(board[0]!)).not.toContain('surname');
  });

  it('writes initials with a dot each', () => {
    expect(initialsOf({ surname: 'Римская-Корсакова', name: 'Анна', patronymic: 'Ильинична' })).toBe(
      'Р. А. И.',
    );
  });
});
