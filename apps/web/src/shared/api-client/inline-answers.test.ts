import { describe, expect, it } from 'vitest';
import { answerKey, createInlineAnswers } from './inline-answers';

describe('answers inlined in the page', () => {
  it('keys a request by its path and sorted query, wherever it is written from', () => {
    expect(
      answerKey(
        'http://localhost/api/v1/slots?specialty=x&practitioner=p&from=2026-12-07T00%3A00%3A00%2B03%3A00',
      ),
    ).toBe('/api/v1/slots?from=2026-12-07T00%3A00%3A00%2B03%3A00&practitioner=p&specialty=x');
    expect(answerKey('/api/v1/me')).toBe('/api/v1/me');
    // The same key as the server's (apps/api/src/plugins/book-first-view-html.test.ts writes this one too).
    expect(answerKey('/api/v1/slots/calendar?specialty=ophthalmologist&practitioner=p1')).toBe(
      '/api/v1/slots/calendar?practitioner=p1&specialty=ophthalmologist',
    );
  });

  it('answers each GET once and never a change', () => {
    const take = createInlineAnswers({ '/api/v1/me': { id: 'u1' }, '/api/v1/me/wards': { items: [] } });
    expect(take('POST', 'http://localhost/api/v1/me/wards')).toBeUndefined();
    expect(take('GET', 'http://localhost/api/v1/me')).toEqual({ id: 'u1' });
    expect(take('GET', 'http://localhost/api/v1/me')).toBeUndefined();
    expect(take('GET', 'http://localhost/api/v1/regions')).toBeUndefined();
  });
});
