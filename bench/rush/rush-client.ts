import { randomUUID } from 'node:crypto';

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
 * How long a waiting client sleeps before reading its place again: half its estimate, 1–10 s. A browser
 * holds one event stream instead (docs/waiting-room.md «Live»); the bench cannot, as every client shares one
 * address and the streams are limited per address. Reads are answered from the process's snapshot of the
 * queue (no query each), so this costs the server about what a stream's refresh does, and a client learns
 * of its admission within half its estimate — as a browser would within a stream's refresh.
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
}

async function call(
  baseUrl: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  if (res.status >= 500 && !(res.status === 503 && text.includes('WAITING_ROOM')))
    reportOnce(res.status, path, text);
  let body: Record<string, unknown> = {};
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    body = {};
  }
  return { status: res.status, body };
}

const isQueued = (answer: Answer) => answer.status === 503 && answer.body.code === 'WAITING_ROOM';

/**
 * A client that honours the waiting room, as the web app does: it books; refused with 503 WAITING_ROOM it
 * joins the room (a device id of its own), reads its place until admitted (sleeping most of the
 * estimate between reads), then books again with `Talon-Queue-Token`.
 */
export async function runArrival(baseUrl: string, arrival: Arrival): Promise<ArrivalOutcome> {
  const arrivedAt = Date.now();
  const unexpected: string[] = [];
  const auth = { authorization: `Bearer ${arrival.token}` };
  const book = (queueToken?: string) =>
    call(baseUrl, '/api/v1/appointments', {
      method: 'POST',
      headers: {
        ...auth,
        'idempotency-key': randomUUID(),
        ...(queueToken ? { 'talon-queue-token': queueToken } : {}),
      },
      body: { slotId: arrival.slotId },
    });
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
    let place = await call(baseUrl, '/api/v1/waiting-room', {
      method: 'POST',
      headers: auth,
      body: { deviceId },
    });
    while (place.status === 200 && place.body.status !== 'admitted') {
      await sleep(pollDelayMs(Number(place.body.estimatedWaitSeconds ?? 1)));
      const read = await call(baseUrl, `/api/v1/waiting-room/${String(place.body.token)}`);
      // A lost place (it should not happen while read every 10 s at most) is taken again.
      place =
        read.status === 404
          ? await call(baseUrl, '/api/v1/waiting-room', { method: 'POST', headers: auth, body: { deviceId } })
          : read;
    }
    if (place.status !== 200) {
      unexpected.push(`waiting-room ${place.status} ${String(place.body.code ?? '')}`);
      return done(place, true);
    }
    return done(await book(String(place.body.token)), true);
  } catch (error) {
    unexpected.push(`network ${(error as Error).message}`);
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
