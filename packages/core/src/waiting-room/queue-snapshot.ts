import { estimatedWaitSeconds } from './estimate';
import type { WaitingPlace, WaitingPlaceView, WaitingRoomState } from './waiting-room.types';

/** A live place as the snapshot query reads it (before ranking). */
export type LivePlace = Omit<WaitingPlace, 'ahead'>;

/** The whole live queue at one moment, ranked: what every process answers reads and streams from. */
export interface QueueSnapshot {
  state: WaitingRoomState;
  places: ReadonlyMap<string, WaitingPlace>;
}

/**
 * Ranks live places: a waiting place's `ahead` is the number of waiting places with a smaller `seq` (the
 * arrival order), an admitted place's 0. The input may come in any order.
 */
export function rankQueue(places: readonly LivePlace[]): Map<string, WaitingPlace> {
  const ranked = new Map<string, WaitingPlace>();
  let ahead = 0;
  for (const place of [...places].sort((a, b) => a.seq - b.seq)) {
    if (place.status === 'waiting') ranked.set(place.placeId, { ...place, ahead: ahead++ });
    else ranked.set(place.placeId, { ...place, ahead: 0 });
  }
  return ranked;
}

/**
 * Live waiting places ahead of a place that joined after the snapshot was read (its `seq` is past the
 * snapshot's last): the snapshot's waiting places and every `seq` taken since. An estimate that errs high —
 * a place admitted or lapsed since, or a `seq` spent by a join that met an existing place, still counts —
 * and the next snapshot (within 2 s) ranks exactly; it spares the join a count over the queue, which at
 * 8:00 was the database's heaviest statement. Null when the snapshot cannot tell (an older `seq`).
 */
export function aheadOfNewcomer(summary: QueueSummary, seq: number): number | null {
  // An empty snapshot has no last `seq` to count from (the sequence goes on across rushes).
  if (summary.lastSeq === 0 || seq <= summary.lastSeq) return null;
  return summary.waiting + (seq - summary.lastSeq - 1);
}

/** What {@link aheadOfNewcomer} needs of a snapshot: its waiting places and its last `seq` (once per snapshot). */
export interface QueueSummary {
  waiting: number;
  lastSeq: number;
}

export function summarizeQueue(places: ReadonlyMap<string, WaitingPlace>): QueueSummary {
  let waiting = 0;
  let lastSeq = 0;
  for (const place of places.values()) {
    if (place.status === 'waiting') waiting++;
    if (place.seq > lastSeq) lastSeq = place.seq;
  }
  return { waiting, lastSeq };
}

/** A place of the snapshot as its holder sees it, under the token they presented (already verified). */
export function viewFromSnapshot(
  token: string,
  place: WaitingPlace,
  ratePerSecond: number,
): WaitingPlaceView {
  const position = place.status === 'admitted' ? 0 : place.ahead + 1;
  return {
    token,
    status: place.status,
    position,
    estimatedWaitSeconds: estimatedWaitSeconds(position, ratePerSecond),
    admittedUntil: place.admittedUntil,
    joinedAt: place.joinedAt,
  };
}
