/**
 * Answers the server put into the page for its first requests (`<script type="application/json"
 * id="talon-answers">`, the time choice opened from a link: docs/web.md «The time choice from a cold
 * link»). The API client takes each once, for the same GET, instead of asking over a slow link again; they
 * are only good while the page is new.
 */

/** How long after the page's start an inlined answer may stand in for a request. */
const FRESH_MS = 30_000;

/**
 * The key of a GET in the inlined answers: the path and the query with its parameters sorted (the server's
 * book-first-view-html.ts writes the same keys).
 */
export function answerKey(url: string): string {
  const parsed = new URL(url, 'http://talon.invalid');
  const params = [...parsed.searchParams.entries()].sort(([a, x], [b, y]) =>
    a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1,
  );
  const query = new URLSearchParams(params).toString();
  return query ? `${parsed.pathname}?${query}` : parsed.pathname;
}

/** Takes answers out of `source` once each, by the request's key. */
export function createInlineAnswers(source: Record<string, unknown>) {
  const left = new Map(Object.entries(source));
  return (method: string, url: string): unknown => {
    if (method !== 'GET') return undefined;
    const key = answerKey(url);
    const answer = left.get(key);
    left.delete(key);
    return answer;
  };
}

let take: ReturnType<typeof createInlineAnswers> | null = null;

function pageAnswers(): ReturnType<typeof createInlineAnswers> {
  if (take) return take;
  let source: Record<string, unknown> = {};
  const element = typeof document === 'undefined' ? null : document.getElementById('talon-answers');
  try {
    const parsed = JSON.parse(element?.textContent ?? '{}') as { answers?: Record<string, unknown> };
    source = parsed.answers ?? {};
  } catch {
    // A broken block is no answer: the app asks the server.
  }
  element?.remove();
  take = createInlineAnswers(source);
  return take;
}

/** The page's inlined answer to `request` as a response, or null to ask the server. */
export function inlineAnswer(request: Request): Promise<Response> | null {
  if (typeof performance === 'undefined' || performance.now() > FRESH_MS) return null;
  const answer = pageAnswers()(request.method, request.url);
  if (answer === undefined) return null;
  return Promise.resolve(
    new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } }),
  );
}
