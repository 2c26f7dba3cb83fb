import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  answerKey,
  type BookFirstView,
  localDayRange,
  renderBookFirstView,
  renderInlineAnswers,
} from './book-first-view-html';

interface Practitioner {
  fullName: string;
  specialties: { name: string }[];
  roles: { organization: { id: string; timeZone: string }; specialty: { code: string } }[];
}
interface Calendar {
  days: { date: string; free: number }[];
}
interface SlotPage {
  items: { start: string; timeZone: string; visitType?: string | null }[];
}

/** What the server adds to index.html for `/book`: the first view inside `#root`, the answers before `</body>`. */
export interface BookPagePieces {
  firstView: string;
  answers: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * For a logged-in patient opening `/book?practitioner=…` (an SMS or email link), asks the API's own routes —
 * with the caller's cookie, so access rules, audit and answers are exactly those the app would meet — for
 * what the page shows first, in the order the app would: who is logged in, the doctor, the calendar, the
 * wards (in parallel), then the first free day's times. Null when there is nothing to draw: no session (the
 * app sends the visitor to the login page), a move of a visit, an unknown doctor, no free day, any failure —
 * the plain index.html is served then and the app asks itself.
 */
export async function bookPagePieces(
  app: FastifyInstance,
  request: FastifyRequest,
): Promise<BookPagePieces | null> {
  const cookie = request.headers.cookie;
  const query = new URL(request.url, 'http://talon.invalid').searchParams;
  const practitionerId = query.get('practitioner') ?? '';
  if (!cookie || !UUID.test(practitionerId) || query.has('reschedule')) return null;
  const answers: Record<string, unknown> = {};
  const get = async <T>(url: string): Promise<T | null> => {
    const response = await app.inject({
      method: 'GET',
      url,
      headers: { cookie, accept: 'application/json' },
    });
    if (response.statusCode !== 200) return null;
    const body = response.json() as T;
    answers[answerKey(url)] = body;
    return body;
  };
  const scope = new URLSearchParams({ practitioner: practitionerId });
  for (const name of ['organization', 'specialty'] as const) {
    const value = query.get(name)?.trim();
    if (value) scope.set(name, value);
  }
  if (query.get('visitType') === 'video') scope.set('visitType', 'video');

  const me = await get<{ id: string }>('/api/v1/me');
  if (!me) return null;
  const [practitioner, calendar] = await Promise.all([
    get<Practitioner>(`/api/v1/practitioners/${practitionerId}`),
    get<Calendar>(`/api/v1/slots/calendar?${scope}`),
    get('/api/v1/me/wards'),
  ]);
  if (!practitioner || !calendar) return null;
  const days = calendar.days.filter((day) => day.free > 0);
  const day = days[0]?.date;
  const role = practitioner.roles.find(
    (r) =>
      (!scope.has('organization') || r.organization.id === scope.get('organization')) &&
      (!scope.has('specialty') || r.specialty.code === scope.get('specialty')),
  );
  if (!day || !role) return null;
  const range = localDayRange(day, role.organization.timeZone);
  const dayQuery = new URLSearchParams({ ...Object.fromEntries(scope), ...range, pageSize: '100' });
  const slots = await get<SlotPage>(`/api/v1/slots?${dayQuery}`);
  if (!slots) return null;
  const view: BookFirstView = { practitioner, days, day, slots: slots.items };
  return { firstView: renderBookFirstView(view), answers: renderInlineAnswers(answers) };
}

/** index.html with the pieces in: the first view opens `#root`, the answers close `<body>`. */
export function withBookPieces(indexHtml: string, pieces: BookPagePieces): string {
  return indexHtml
    .replace('<div id="root">', `<div id="root">${pieces.firstView}`)
    .replace('</body>', `${pieces.answers}</body>`);
}
