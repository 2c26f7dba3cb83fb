import { randomUUID } from 'node:crypto';
import { Agent, request } from 'undici';

/** One arrival of the open loop: a patient with a slot to book. */
export interface Arrival {
  token: string;
  slotId: string;
}

/** What happened to one arrival, as the client saw it. */
export interface ArrivalOutcome {
  /** The final answer to the booking: 201, 409, or another status (`other`). */
  status: number;
  /** The refusal's code when not 201 (e.g. WAITING_ROOM, SLOT_TAKEN, OVERLOADED). */
  code: string | null;
  queued: boolean;
  /** Answers other than 201, 409 and 503 WAITING_ROOM seen on the way (joins and reads included). */
  unexpected: string[];
  arrivedAt: number;
  doneAt: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long a waiting client whose stream was refused sleeps before reading its place again: half its
 * estimate, 1–10 s (the web page falls back to reading its place the same way).
 */
const pollDelayMs = (estimatedWaitSeconds: number) =>
  Math.min(10_000, Math.max(1_000, estimatedWaitSeconds * 500));

const reported = new Set<string>();
/** The first body of each unexpected 5xx (route and status) goes to stderr: a 500's body names its cause. */
function reportOnce(status: number, path: string, text: string) {
  const key = `${status} ${path.replace(/\/[0-9a-f-]{20,}.*$/, '/…')}`;
  if (reported.has(key) || reported.size > 20) return;
  reported.add(key);
  console.error(`[rush] ${key}: ${text.slice(0, 600)}`);
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
  retryAfter?: string | null;
}

/**
 * Requests (other than streams) this load generator has in flight at most; more wait their turn here. Each is
 * a socket, and sockets are open files, limited on both sides (with the streams, past 20 000 the runs failed
 * with EMFILE); a browser has a few of its own on its own machine.
 */
const MAX_CALLS = 4_000;
let calls = 0;
const queuedCalls: (() => void)[] = [];

/**
 * One call. `isAdmitted`: the booking of an admitted visitor, which never waits here — a browser's request
 * does not queue behind other people's; at 8:00 admitted bookings waited in this queue behind thousands of
 * newcomers' joins, so the server saw neither them nor the overload they meant (the room's rate stayed high).
 * They are few (the room's rate) and still counted, so the sockets stay bounded.
 */
async function call(
  baseUrl: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown; isAdmitted?: boolean } = {},
): Promise<Answer> {
  if (calls < MAX_CALLS || init.isAdmitted) calls++;
  else await new Promise<void>((resolve) => queuedCalls.push(resolve));
  try {
    return await callNow(baseUrl, path, init);
  } finally {
    // The turn passes to the next waiting call, or is given back.
    const next = calls <= MAX_CALLS ? queuedCalls.shift() : undefined;
    if (next) next();
    else calls--;
  }
}

async function callNow(
  baseUrl: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown },
): Promise<Answer> {
  const res = await request(`${baseUrl}${path}`, {
    method: (init.method ?? 'GET') as 'GET' | 'POST',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    dispatcher: browsers,
  });
  const text = await res.body.text();
  if (res.statusCode >= 500 && !(res.statusCode === 503 && text.includes('WAITING_ROOM')))
    reportOnce(res.statusCode, path, text);
  let body: Record<string, unknown> = {};
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    body = {};
  }
  return { status: res.statusCode, body, retryAfter: headerOf(res.headers['retry-after']) };
}

const headerOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

const isQueued = (answer: Answer) => answer.status === 503 && answer.body.code === 'WAITING_ROOM';

/** How long a client backs off after a shed answer (503 OVERLOADED) before trying again, as a browser's
 * EventSource reconnects and a person presses «Повторить»: Retry-After, with jitter so retries spread. */
const backOffMs = (answer: Answer) => (Number(answer.retryAfter ?? 2) || 2) * 1_000 * (0.5 + Math.random());
const isShed = (answer: Answer) => answer.status === 503 && answer.body.code === 'OVERLOADED';
/** Tries of one call that keeps being shed before the arrival gives up (its outcome is then the 503). */
const SHED_TRIES = 4;

/**
 * Event streams this load generator holds at most: each is an open file here and in the server, both limited
 * (`ulimit -n`, 20 000 on the bench machine) — a browser holds one each on its own machine. Past it a client
 * reads its place now and then instead, as the web page does when its stream is refused.
 */
const MAX_STREAMS = 6_000;
let openStreams = 0;

/**
 * The simulated browsers' connections, bounded (calls and streams, and a margin): each is an open file here
 * and in the server. Unbounded, idle keep-alive connections piled up past 19 000 on both sides. undici's own
 * `request` rather than `fetch`: the load generator shares the two cores with the server it measures, and
 * fetch's web streams cost it a third of a core at 8:00.
 */
const browsers = new Agent({ connections: MAX_CALLS + MAX_STREAMS + 500 });

/**
 * Follows a place over its event stream (`GET /waiting-room/{token}/events`), as the web page does, until
 * `event: admitted`; 'admitted', or the answer that refused the stream, or 'closed' when it ended without
 * an admission (the place lapsed or the server closed it).
 */
async function followPlace(
  baseUrl: string,
  token: string,
): Promise<'admitted' | 'closed' | 'polled' | Answer> {
  if (openStreams >= MAX_STREAMS) return 'polled';
  openStreams++;
  try {
    return await streamPlace(baseUrl, token);
  } finally {
    openStreams--;
  }
}

async function streamPlace(baseUrl: string, token: string): Promise<'admitted' | 'closed' | Answer> {
  const res = await request(`${baseUrl}/api/v1/waiting-room/${token}/events`, {
    headers: { accept: 'text/event-stream' },
    dispatcher: browsers,
  });
  if (res.statusCode !== 200) {
    const text = await res.body.text();
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {}
    return { status: res.statusCode, body, retryAfter: headerOf(res.headers['retry-after']) };
  }
  res.body.setEncoding('utf8');
  let tail = '';
  for await (const chunk of res.body as AsyncIterable<string>) {
    const text = tail + chunk;
    if (text.includes('event: admitted')) {
      res.body.destroy();
      return 'admitted';
    }
    // Only the end can hold the start of a message split across chunks.
    tail = text.slice(-100);
  }
  return 'closed';
}

/**
 * A client that honours the waiting room, as the web app does: it books; refused with 503 WAITING_ROOM it
 * joins the room (a device id of its own), follows its place over the event stream until admitted (reading
 * the place instead when the stream is refused or ends), then books again with `Talon-Queue-Token`. A shed
 * answer (503 OVERLOADED) is retried after Retry-After, a few times, as a browser and a person would; every
 * such answer is still counted as unexpected.
 */
export async function runArrival(baseUrl: string, arrival: Arrival): Promise<ArrivalOutcome> {
  const arrivedAt = Date.now();
  const unexpected: string[] = [];
  const auth = { authorization: `Bearer ${arrival.token}` };
  const idempotencyKey = randomUUID();
  const withRetries = async (attempt: () => Promise<Answer>, what: string): Promise<Answer> => {
    for (let tries = 1; ; tries++) {
      const answer = await attempt();
      if (!isShed(answer) || tries >= SHED_TRIES) return answer;
      unexpected.push(`${what} 503 OVERLOADED`);
      await sleep(backOffMs(answer));
    }
  };
  const book = (queueToken?: string) =>
    withRetries(
      () =>
        call(baseUrl, '/api/v1/appointments', {
          method: 'POST',
          headers: {
            ...auth,
            // One key for the arrival's retries: a shed retry must not book twice.
            'idempotency-key': idempotencyKey,
            ...(queueToken ? { 'talon-queue-token': queueToken } : {}),
          },
          body: { slotId: arrival.slotId },
          isAdmitted: queueToken !== undefined,
        }),
      'book',
    );
  const join = (deviceId: string) =>
    withRetries(
      () => call(baseUrl, '/api/v1/waiting-room', { method: 'POST', headers: auth, body: { deviceId } }),
      'join',
    );
  const done = (answer: Answer, queued: boolean): ArrivalOutcome => ({
    status: answer.status,
    code: answer.status === 201 ? null : String(answer.body.code ?? ''),
    queued,
    unexpected,
    arrivedAt,
    doneAt: Date.now(),
  });
  try {
    const first = await book();
    if (!isQueued(first)) return done(first, false);
    const deviceId = randomUUID();
    let place = await join(deviceId);
    while (place.status === 200 && place.body.status !== 'admitted') {
      const followed = await followPlace(baseUrl, String(place.body.token));
      if (followed === 'admitted') break;
      if (typeof followed === 'object' && isShed(followed)) {
        unexpected.push('events 503 OVERLOADED');
        await sleep(backOffMs(followed));
      } else if (typeof followed === 'object') {
        // The stream refused (no room for more streams): read the place now and then instead.
        await sleep(pollDelayMs(Number(place.body.estimatedWaitSeconds ?? 1)));
      }
      if (followed === 'polled') await sleep(pollDelayMs(Number(place.body.estimatedWaitSeconds ?? 1)));
      const read = await withRetries(
        () => call(baseUrl, `/api/v1/waiting-room/${String(place.body.token)}`),
        'read',
      );
      // A lost place (it should not happen while followed) is taken again.
      place = read.status === 404 ? await join(deviceId) : read;
    }
    if (place.status !== 200) {
      unexpected.push(`waiting-room ${place.status} ${String(place.body.code ?? '')}`);
      return done(place, true);
    }
    return done(await book(String(place.body.token)), true);
  } catch (error) {
    const failure = error as { code?: string; message?: string };
    unexpected.push(`network ${failure.code ?? failure.message ?? 'error'}`);
    return { status: 0, code: 'NETWORK', queued: false, unexpected, arrivedAt, doneAt: Date.now() };
  }
}

/**
 * The open loop: `ratePerSecond` arrivals a second for `durationS` seconds whatever the answers (new
 * patients do not wait for earlier ones), each running on its own; resolves when every arrival is done.
 */
export async function runOpenLoop(
  baseUrl: string,
  arrivals: readonly Arrival[],
  ratePerSecond: number,
  durationS: number,
  onProgress: (started: number) => void,
): Promise<{ outcomes: ArrivalOutcome[]; startedAt: number; lastArrivalAt: number }> {
  const total = Math.min(arrivals.length, Math.floor(ratePerSecond * durationS));
  const running: Promise<ArrivalOutcome>[] = [];
  const startedAt = Date.now();
  let lastReport = startedAt;
  for (let i = 0; i < total; i++) {
    const due = startedAt + (i * 1_000) / ratePerSecond;
    const wait = due - Date.now();
    if (wait > 1) await sleep(wait);
    running.push(runArrival(baseUrl, arrivals[i]!));
    if (Date.now() - lastReport >= 10_000) {
      lastReport = Date.now();
      onProgress(i + 1);
    }
  }
  const lastArrivalAt = Date.now();
  return { outcomes: await Promise.all(running), startedAt, lastArrivalAt };
}
