import type { WaitingPlaceView } from '@talon/core/waiting-room';
import {
  EventHub,
  type EventHubLimits,
  type EventSink,
  type EventSource,
  sseMessage,
} from '../live/event-hub';
import { presentWaitingPlace } from '../routes/public/waiting-room.presenter';

/** One open stream of a place: its (verified) token, and what it was last sent (to send only changes). */
export interface WaitingPlaceSink extends EventSink {
  token: string;
  /** What the last message said (status, position, estimate) and when: to send only changes. */
  lastSent?: string;
  lastSentAt?: number;
}

/** What a place's message says, compared before the message is built (most places did not change). */
export const gistOf = (view: WaitingPlaceView) =>
  `${view.status}|${view.position}|${view.estimatedWaitSeconds}`;

/** While waiting, the position is sent again at least this often, even unchanged. */
const RESEND_MS = 5_000;
/**
 * …and a changed position no more often than this: every admission moves every waiting place, and at 8:00
 * tens of thousands of streams were each sent a message four times a second (the page announces the position
 * at a calmer pace anyway). An admission is sent at once.
 */
const MIN_GAP_MS = 2_000;
/** Refreshes of all streams at most this often: every admitting pass announces, several times a second. */
const MIN_REFRESH_GAP_MS = 500;

/** The SSE message of a place: `event: admitted` once admitted, `event: position` while waiting. */
export const waitingPlaceMessage = (view: WaitingPlaceView) =>
  sseMessage(view.status === 'admitted' ? 'admitted' : 'position', presentWaitingPlace(view));

/**
 * The places' views by token (from the process's snapshot of the queue; absent: lapsed or ended;
 * 'pending': joined after the snapshot was read — nothing new to say until the next one).
 */
export type SeePlaces = (tokens: string[]) => Promise<Map<string, WaitingPlaceView | 'pending'>>;

/**
 * The open waiting-room streams of this process (`GET /waiting-room/{token}/events`). Unlike slots, an event
 * of the channel ("the queue moved") carries no data for a stream: on each, and every 2 seconds, the hub
 * reads every open place from the process's snapshot of the queue and sends `event: position` to the streams whose place changed (or
 * every 5 seconds while waiting), `event: admitted` once admitted. Reading a place keeps it, so an open
 * stream holds its place.
 */
export class WaitingRoomHub extends EventHub<unknown, WaitingPlaceSink> {
  private readonly places = new Set<WaitingPlaceSink>();
  private isRefreshing = false;
  private isPending = false;
  private lastRefreshAt = 0;
  private deferred: NodeJS.Timeout | null = null;

  constructor(
    openSource: () => Promise<EventSource<unknown>>,
    limits: EventHubLimits,
    private readonly see: SeePlaces,
    private readonly onError: (error: unknown) => void,
  ) {
    super(
      async () => {
        const source = await openSource();
        source.subscribe(() => void this.refresh());
        return source;
      },
      limits,
      { name: 'position', matches: () => false, data: () => null },
    );
  }

  override add(sink: WaitingPlaceSink): () => void {
    const remove = super.add(sink);
    this.places.add(sink);
    return () => {
      this.places.delete(sink);
      remove();
    };
  }

  override endAll() {
    if (this.deferred) clearTimeout(this.deferred);
    this.places.clear();
    super.endAll();
  }

  /**
   * Reads every open place and sends what changed; a refresh asked for during one runs right after it, one
   * asked for sooner than {@link MIN_REFRESH_GAP_MS} after the last runs then.
   */
  async refresh(): Promise<void> {
    const wait = this.lastRefreshAt + MIN_REFRESH_GAP_MS - Date.now();
    if (wait > 0) {
      if (!this.deferred) {
        this.deferred = setTimeout(() => {
          this.deferred = null;
          void this.refresh();
        }, wait);
        this.deferred.unref();
      }
      return;
    }
    if (this.isRefreshing) {
      this.isPending = true;
      return;
    }
    this.isRefreshing = true;
    try {
      do {
        this.isPending = false;
        await this.refreshOnce();
      } while (this.isPending);
    } catch (error) {
      this.onError(error);
    } finally {
      this.isRefreshing = false;
    }
  }

  private async refreshOnce() {
    this.lastRefreshAt = Date.now();
    const sinks = [...this.places];
    if (sinks.length === 0) return;
    const views = await this.see([...new Set(sinks.map((sink) => sink.token))]);
    const now = Date.now();
    for (const sink of sinks) {
      if (!this.places.has(sink)) continue;
      const view = views.get(sink.token);
      if (view === 'pending') continue;
      if (!view) {
        // Lapsed or its admission ended: nothing more will come for it.
        this.places.delete(sink);
        sink.end();
        continue;
      }
      const gist = gistOf(view);
      if (view.status === 'admitted' && sink.lastSent?.startsWith('admitted')) continue;
      const sinceSent = now - (sink.lastSentAt ?? 0);
      const isDue = view.status === 'waiting' && sinceSent >= RESEND_MS;
      if (gist === sink.lastSent && !isDue) continue;
      if (view.status === 'waiting' && sinceSent < MIN_GAP_MS) continue;
      sink.lastSent = gist;
      sink.lastSentAt = now;
      sink.write(waitingPlaceMessage(view));
    }
  }
}
