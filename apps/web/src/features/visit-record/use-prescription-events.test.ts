import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { isPrescriptionQuery, subscribePrescriptionEvents } from './use-prescription-events';

const staleness = (client: QueryClient, key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;

describe('the live prescription lists', () => {
  it("names a visit's and a card's prescriptions, nothing else", () => {
    expect(isPrescriptionQuery(['account', 'visit-prescriptions', 'e1'])).toBe(true);
    expect(isPrescriptionQuery(['account', 'record', 'p1', 'prescriptions'])).toBe(true);
    expect(isPrescriptionQuery(['account', 'record', 'p1', 'documents'])).toBe(false);
    expect(isPrescriptionQuery(['account', 'visit', 'p1', 'none'])).toBe(false);
  });

  it('refetches them on prescription.status and resync, and stops when unsubscribed', () => {
    const client = new QueryClient();
    const visit = ['account', 'visit-prescriptions', 'e1'];
    const card = ['account', 'record', 'p1', 'prescriptions'];
    const other = ['account', 'record', 'p1', 'documents'];
    for (const key of [visit, card, other]) client.setQueryData(key, { items: [] });
    const stream = new EventTarget();
    const unsubscribe = subscribePrescriptionEvents(stream, client);

    stream.dispatchEvent(
      new MessageEvent('prescription.status', { data: '{"prescriptionId":"r1","status":"dispensed"}' }),
    );
    expect([staleness(client, visit), staleness(client, card), staleness(client, other)]).toEqual([
      true,
      true,
      false,
    ]);

    for (const key of [visit, card]) client.setQueryData(key, { items: [] });
    unsubscribe();
    stream.dispatchEvent(new MessageEvent('prescription.status', { data: '{}' }));
    expect(staleness(client, visit)).toBe(false);

    subscribePrescriptionEvents(stream, client);
    stream.dispatchEvent(new Event('resync'));
    expect(staleness(client, card)).toBe(true);
  });
});
