import { sql } from 'drizzle-orm';
import type { DatabaseHandle, DbExecutor } from '../client';
import { type ChannelEventSource, openChannelEventSource } from './channel-event-source';

/** The NOTIFY channel of migration 0006 (trigger `slots_notify_availability`, replaced by 0012). */
export const SLOT_EVENTS_CHANNEL = 'slot_events';

/** A slot became bookable (`available: true`) or stopped being bookable (booked, held, blocked, deleted). */
export interface SlotEvent {
  slotId: string;
  organizationId: string;
  specialtyCode: string;
  practitionerId: string;
  regionCode: string;
  /** ISO 8601 in UTC. */
  startsAt: string;
  available: boolean;
  /**
   * For a free slot taken off by a hold (or a waitlist offer): when the hold ends and the slot is bookable
   * again unless another event says otherwise (migration 0012). ISO 8601 in UTC; null otherwise.
   */
  availableAt: string | null;
}

export type SlotEventSource = ChannelEventSource<SlotEvent>;

/**
 * Silences slot events for the rest of the current transaction: for bulk loads (a seed of millions of slots
 * in one transaction) that no open page needs to hear about, and whose notifications would otherwise all be
 * held in memory until the commit. Call it inside the transaction.
 */
export async function muteSlotEventsInTransaction(tx: DbExecutor): Promise<void> {
  await tx.execute(sql`select set_config('talon.slot_events', 'off', true)`);
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** The event in a NOTIFY payload, or null for anything else (never throws on a foreign payload). */
export function parseSlotEvent(payload: string): SlotEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const fields = [v.slotId, v.organizationId, v.specialtyCode, v.practitionerId, v.regionCode, v.startsAt];
  if (!fields.every(isText) || typeof v.available !== 'boolean') return null;
  return {
    slotId: v.slotId as string,
    organizationId: v.organizationId as string,
    specialtyCode: v.specialtyCode as string,
    practitionerId: v.practitionerId as string,
    regionCode: v.regionCode as string,
    startsAt: v.startsAt as string,
    available: v.available,
    availableAt: isText(v.availableAt) ? v.availableAt : null,
  };
}

/**
 * One LISTEN for the whole process, fanned out to any number of in-process subscribers. Events come from
 * the database (a trigger on `slots`), so they cover every writer and reach every server process that
 * shares the database.
 */
export const openSlotEventSource = (
  handle: DatabaseHandle,
  options: { onError?: (error: unknown) => void } = {},
) => openChannelEventSource(handle, SLOT_EVENTS_CHANNEL, parseSlotEvent, options);
