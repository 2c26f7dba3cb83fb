import { describe, expect, it } from 'vitest';
import { ticketEmailProblem, waitMinutes } from './ticket-email.model';

describe('ticket email', () => {
  it('asks for an address and checks its shape', () => {
    expect(ticketEmailProblem('  ')).toBe('required');
    expect(ticketEmailProblem('ivanova@')).toBe('format');
    expect(ticketEmailProblem('ivanova mail.ru')).toBe('format');
    expect(ticketEmailProblem(' ivanova@mail.ru ')).toBeNull();
  });

  it('rounds a throttled wait up to whole minutes', () => {
    expect(waitMinutes(null)).toBeNull();
    expect(waitMinutes(0)).toBeNull();
    expect(waitMinutes(20)).toBe(1);
    expect(waitMinutes(60)).toBe(1);
    expect(waitMinutes(61)).toBe(2);
  });
});
