import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  answerKey,
  FIRST_VIEW_TEXTS,
  inlineStylesheets,
  localDayRange,
  renderBookFirstView,
  renderInlineAnswers,
} from './book-first-view-html';

// Read, not imported: the API does not depend on the web app; the texts must still be the app's own.
const ru = JSON.parse(
  readFileSync(new URL('../../../web/src/shared/i18n/locales/ru.json', import.meta.url), 'utf8'),
) as { booking: Record<string, string> };

const view = {
  practitioner: { fullName: 'Иванова Анна Петровна', specialties: [{ name: 'Офтальмолог' }] },
  days: [
    { date: '2026-12-07', free: 2 },
    { date: '2026-12-08', free: 5 },
  ],
  day: '2026-12-07',
  slots: [
    { start: '2026-12-07T06:30:00.000Z', timeZone: 'Europe/Moscow', visitType: 'in_person' },
    { start: '2026-12-07T07:00:00.000Z', timeZone: 'Europe/Moscow', visitType: 'video' },
  ],
};

describe('the time choice first view drawn by the server', () => {
  it('uses the web app’s Russian texts', () => {
    expect(FIRST_VIEW_TEXTS.title).toBe(ru.booking.title);
    expect(FIRST_VIEW_TEXTS.days).toBe(ru.booking.days);
    expect(FIRST_VIEW_TEXTS.timesOf).toBe(ru.booking.timesOf);
    expect(FIRST_VIEW_TEXTS.videoSlot).toBe(ru.booking.videoSlot);
    for (const form of ['one', 'few', 'many', 'other'] as const) {
      expect(FIRST_VIEW_TEXTS.freeCount[form]).toBe(ru.booking[`freeCount_${form}`]);
    }
  });

  it('shows the doctor, the days and the first day’s times in the clinic’s zone', () => {
    const html = renderBookFirstView(view);
    expect(html).toContain('<h1 class="page-heading">Запись к врачу: Иванова Анна Петровна</h1>');
    expect(html).toContain('aria-hidden="true"');
    expect(html).toContain('>2 талона<');
    expect(html).toContain('>5 талонов<');
    expect(html).toContain('Время на понедельник, 7 декабря');
    expect(html).toContain('>09:30<');
    expect(html).toContain('>10:00 · видео<');
  });

  it('escapes what comes from the data', () => {
    const html = renderBookFirstView({
      ...view,
      practitioner: { fullName: '<img src=x onerror=alert(1)>', specialties: [] },
    });
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img');
  });

  it('inlines answers that cannot end their script element', () => {
    const block = renderInlineAnswers({ '/api/v1/me': { name: '</script><script>alert(1)</script>' } });
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(/>(.*)<\/script>$/.exec(block)?.[1] ?? '')).toEqual({
      answers: { '/api/v1/me': { name: '</script><script>alert(1)</script>' } },
    });
  });

  it('keys answers as the app does and asks for the day the app asks for', () => {
    // The same key as the app's inline-answers.test.ts.
    expect(answerKey('/api/v1/slots/calendar?specialty=ophthalmologist&practitioner=p1')).toBe(
      '/api/v1/slots/calendar?practitioner=p1&specialty=ophthalmologist',
    );
    expect(localDayRange('2026-12-07', 'Asia/Kamchatka')).toEqual({
      from: '2026-12-07T00:00:00+12:00',
      to: '2026-12-08T00:00:00+12:00',
    });
    expect(localDayRange('2026-12-31', 'Europe/Moscow')).toEqual({
      from: '2026-12-31T00:00:00+03:00',
      to: '2027-01-01T00:00:00+03:00',
    });
  });
});

it('puts the stylesheets inline, keeping a link it cannot read or safely inline', () => {
  const html =
    '<link rel="stylesheet" crossorigin href="/assets/index-1.css"><link rel="stylesheet" href="/assets/x.css"><link rel="stylesheet" href="/assets/bad.css"><link rel="icon" href="/favicon.svg">';
  const files: Record<string, string> = {
    '/assets/index-1.css': 'body{margin:0}',
    '/assets/bad.css': 'a{}</style><script>',
  };
  expect(inlineStylesheets(html, (href) => files[href])).toBe(
    '<style>body{margin:0}</style><link rel="stylesheet" href="/assets/x.css"><link rel="stylesheet" href="/assets/bad.css"><link rel="icon" href="/favicon.svg">',
  );
});
