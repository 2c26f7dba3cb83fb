import { addDays, formatInZone, startOfLocalDay } from '@talon/core/shared';

/**
 * The time choice's first view as HTML (`/book?practitioner=…`, docs/web.md «The time choice from a cold
 * link»): the doctor, the days with free times and the first day's times, drawn by the server so that a
 * phone on a slow link shows them before the app's code has arrived. The app replaces it when it starts
 * (like index.html's home page `.prepaint`); it is hidden from assistive technology, which gets the real
 * page. Russian only — index.html shows `.prepaint` only to a Russian interface. The texts are those of the
 * web app's ru.json (`booking.*`; a unit test keeps them equal) and the formats those of its slot-time.ts.
 */

export interface BookFirstView {
  practitioner: { fullName: string; specialties: readonly { name: string }[] };
  /** The calendar's days that have free times, in order. */
  days: readonly { date: string; free: number }[];
  /** The day shown (the first free one) and its times. */
  day: string;
  slots: readonly { start: string; timeZone: string; visitType?: string | null }[];
}

export const FIRST_VIEW_TEXTS = {
  title: 'Запись к врачу: {{name}}',
  days: 'Дни приёма',
  timesOf: 'Время на {{day}}',
  freeCount: {
    one: '{{count}} талон',
    few: '{{count}} талона',
    many: '{{count}} талонов',
    other: '{{count}} талона',
  },
  videoSlot: 'видео',
} as const;

const LANGUAGE = 'ru';
const plural = new Intl.PluralRules(LANGUAGE);

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_match, key: string) => String(values[key] ?? ''));

const utcDate = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
};

const formatDay = (date: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(LANGUAGE, { ...options, timeZone: 'UTC' }).format(utcDate(date));

/** «09:30» in the clinic's zone, as the app's formatSlotTime. */
const formatTime = (start: string, timeZone: string) =>
  new Intl.DateTimeFormat(LANGUAGE, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(start));

/** Layout the app's lazily loaded CSS gives the grids (button-grid.css, booking.css), for the first paint. */
const STYLE = `<style>
.prepaint__grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(6.5rem,1fr));gap:.5rem}
.prepaint__grid--times{grid-template-columns:repeat(auto-fill,minmax(6rem,1fr))}
.prepaint .day-picker__button{display:flex;flex-direction:column;align-items:center;min-height:4.5rem}
.prepaint .day-picker__weekday{text-transform:capitalize}
.prepaint .day-picker__free{font-weight:400;font-size:.875rem}
.prepaint .slot-times__button{min-height:3.25rem;font-size:1.125rem}
</style>`;

/** The first view's markup, to be put inside `#root`. */
export function renderBookFirstView(view: BookFirstView): string {
  const texts = FIRST_VIEW_TEXTS;
  const days = view.days
    .map((day) => {
      const free = fill(
        texts.freeCount[plural.select(day.free) as keyof typeof texts.freeCount] ?? texts.freeCount.other,
        {
          count: day.free,
        },
      );
      const pressed = day.date === view.day ? ' button--toggle' : '';
      return `<span class="button button--secondary${pressed} day-picker__button"><span class="day-picker__weekday">${escapeHtml(
        formatDay(day.date, { weekday: 'short' }),
      )}</span><span class="day-picker__date">${escapeHtml(
        formatDay(day.date, { day: 'numeric', month: 'short' }),
      )}</span><span class="day-picker__free">${escapeHtml(free)}</span></span>`;
    })
    .join('');
  const times = view.slots
    .map(
      (slot) =>
        `<span class="button button--secondary slot-times__button">${escapeHtml(formatTime(slot.start, slot.timeZone))}${
          slot.visitType === 'video' ? ` · ${texts.videoSlot}` : ''
        }</span>`,
    )
    .join('');
  const dayLong = formatDay(view.day, { weekday: 'long', day: 'numeric', month: 'long' });
  return [
    STYLE,
    '<div class="prepaint prepaint--book container page booking" aria-hidden="true">',
    `<h1 class="page-heading">${escapeHtml(fill(texts.title, { name: view.practitioner.fullName }))}</h1>`,
    `<p class="page-lead">${escapeHtml(view.practitioner.specialties.map((s) => s.name).join(', '))}</p>`,
    `<section class="section"><h2>${texts.days}</h2><div class="prepaint__grid">${days}</div></section>`,
    `<section class="section"><h2>${escapeHtml(fill(texts.timesOf, { day: dayLong }))}</h2>`,
    `<div class="prepaint__grid prepaint__grid--times">${times}</div></section>`,
    '</div>',
  ].join('');
}

/**
 * The answers the page's first requests would get, as a JSON block the app's API client takes them from
 * (once each) instead of asking again: `<` is escaped so no answer can end the script element.
 */
export function renderInlineAnswers(answers: Record<string, unknown>): string {
  const json = JSON.stringify({ answers }).replace(/</g, '\\u003c');
  return `<script type="application/json" id="talon-answers">${json}</script>`;
}

/**
 * The key of a GET request in the inlined answers: the path and the query with its parameters sorted, so
 * the server's and the app's ways of writing the same query meet (the app's inline-answers.ts does the same).
 */
export function answerKey(url: string): string {
  const parsed = new URL(url, 'http://talon.invalid');
  const params = [...parsed.searchParams.entries()].sort(([a, x], [b, y]) =>
    a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1,
  );
  const query = new URLSearchParams(params).toString();
  return query ? `${parsed.pathname}?${query}` : parsed.pathname;
}

/**
 * `2026-12-07` in `Asia/Kamchatka` → `2026-12-07T00:00:00+12:00` … `2026-12-08T00:00:00+12:00`: the range the
 * app's slot-time.ts asks for, written the same way, so the inlined answer's key meets the app's request.
 */
export function localDayRange(date: string, timeZone: string): { from: string; to: string } {
  const midnight = (day: string) => formatInZone(startOfLocalDay(day, timeZone), timeZone);
  return { from: midnight(date), to: midnight(addDays(date, 1)) };
}

/**
 * index.html with its stylesheets' text in `<style>` instead of `<link rel="stylesheet">`: the first view then
 * paints with the HTML alone, not after one more round trip queued behind the scripts (`read` gives a
 * built file's text by its address, undefined to keep the link).
 */
export function inlineStylesheets(html: string, read: (href: string) => string | undefined): string {
  return html.replace(/<link rel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g, (link, href: string) => {
    const css = read(href);
    return css === undefined || css.includes('</style') ? link : `<style>${css}</style>`;
  });
}
