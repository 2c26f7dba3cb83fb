import { describe, expect, it } from 'vitest';
import { createHeadingFocusTracker } from './heading-focus';

describe('heading focus', () => {
  it('leaves the focus alone on the first page', () => {
    expect(createHeadingFocusTracker().shouldFocus('/')).toBe(false);
  });

  it('focuses the heading once after moving to another page', () => {
    const tracker = createHeadingFocusTracker();
    tracker.shouldFocus('/');
    expect(tracker.shouldFocus('/clinics')).toBe(true);
    expect(tracker.shouldFocus('/clinics')).toBe(false);
    expect(tracker.shouldFocus('/clinics/5')).toBe(true);
    expect(tracker.shouldFocus('/clinics')).toBe(true);
  });
});
