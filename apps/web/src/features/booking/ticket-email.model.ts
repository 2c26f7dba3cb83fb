import { isValidEmail } from '@talon/core/identifiers';

/** What is wrong with an address typed to receive the ticket, before asking the server. */
export function ticketEmailProblem(value: string): 'required' | 'format' | null {
  const email = value.trim();
  if (email === '') return 'required';
  return isValidEmail(email) ? null : 'format';
}

/** A `Retry-After` in whole minutes to tell a person (at least one); null when the server gave none. */
export function waitMinutes(retryAfterSeconds: number | null): number | null {
  if (retryAfterSeconds === null || retryAfterSeconds <= 0) return null;
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}
