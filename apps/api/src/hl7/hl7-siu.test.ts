import { describe, expect, it } from 'vitest';
import { ackOf, rejectUnreadable } from './hl7-ack';
import { Hl7Rejection, parseHl7, readSiu } from './hl7-siu';

const ROLE = '0b6c5f0e-3c7a-4f43-9a57-2b1f1d0f6a10';
const LOCATION = '5d1c2b3a-1111-4222-8333-944455556666';
const message = (lines: string[]) => lines.join('\n');
const MSH = 'MSH|^~\\&|MIS|GP14|TALON|TALON|20261207120000+0300||SIU^S12^SIU_S12|MSG1|P|2.5';

function read(lines: string[]) {
  const parsed = parseHl7(message(lines));
  if (!parsed) throw new Error('not HL7');
  return readSiu(parsed);
}
function rejection(lines: string[]): Hl7Rejection {
  try {
    read(lines);
  } catch (error) {
    if (error instanceof Hl7Rejection) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('readSiu', () => {
  it('reads the event, the filler id, the TQ times with their offsets and the AIP/AIL resources', () => {
    const siu = read([
      MSH,
      'SCH|P1^MIS|F-1^MIS|||||||30|min|^^30^202612081000+0300^202612081030+0300',
      `AIL|1|A|${LOCATION.toUpperCase()}^Каб. 12`,
      `AIP|1|A|${ROLE}^Хирург`,
    ]);
    expect(siu).toMatchObject({
      event: 'S12',
      state: 'busy',
      slot: { system: 'MIS', value: 'F-1' },
      resourceId: ROLE,
      locationId: LOCATION,
    });
    expect([siu.startsAt.toISOString(), siu.endsAt.toISOString()]).toEqual([
      '2026-12-08T07:00:00.000Z',
      '2026-12-08T07:30:00.000Z',
    ]);
  });

  it('frees the slot on S15, takes an ISO OID as the system, MSH-7’s offset and SCH-9 minutes', () => {
    const siu = read([
      MSH.replace('SIU^S12', 'SIU^S15'),
      'SCH|P1^MIS|F-2^MIS^1.2.643.5.1.13^ISO|||||||20|min|^^20^202612081000',
      `AIP|1|A|${ROLE}`,
    ]);
    expect(siu.state).toBe('free');
    expect(siu.slot).toEqual({ system: 'urn:oid:1.2.643.5.1.13', value: 'F-2' });
    expect([siu.startsAt.toISOString(), siu.endsAt.toISOString()]).toEqual([
      '2026-12-08T07:00:00.000Z',
      '2026-12-08T07:20:00.000Z',
    ]);
  });

  it('rejects what it cannot take, naming the field', () => {
    const sch = 'SCH|P1^MIS|F-1^MIS|||||||30|min|^^30^202612081000+0300';
    const aip = `AIP|1|A|${ROLE}`;
    expect(rejection([MSH.replace('SIU^S12^SIU_S12', 'ADT^A01'), sch, aip])).toMatchObject({
      location: 'MSH-9',
      hl7Code: '200',
    });
    expect(rejection([MSH, aip])).toMatchObject({ location: 'SCH', hl7Code: '100' });
    expect(rejection([MSH, sch.replace('F-1^MIS', ''), aip])).toMatchObject({ location: 'SCH-2' });
    expect(rejection([MSH, sch.replace('202612081000+0300', 'завтра'), aip])).toMatchObject({
      location: 'SCH-11.4',
      hl7Code: '102',
    });
    expect(rejection([MSH, 'SCH|P1^MIS|F-1^MIS|||||||||^^^202612081000', aip])).toMatchObject({
      location: 'SCH-9',
    });
    expect(rejection([MSH, sch, 'AIP|1|A|Иванов'])).toMatchObject({ location: 'AIP-3', hl7Code: '101' });
  });

  it('is no message at all without MSH', () => {
    expect(parseHl7('это не HL7')).toBeNull();
    expect(parseHl7('')).toBeNull();
  });
});

describe('the ACK', () => {
  it('answers the message’s control id, with ERR escaping the Russian text', () => {
    const parsed = parseHl7(message([MSH, `AIP|1|A|${ROLE}`]))!;
    const ack = ackOf(parsed, 'AE', {
      hl7Code: '206',
      talonCode: 'MIS_SLOT_BOOKED_IN_TALON',
      diagnostics: 'Слот занят | запись^есть',
    })
      .toString()
      .split('\r');
    expect(ack[0]).toMatch(/^MSH\|\^~\\&\|TALON\|TALON\|MIS\|GP14\|/);
    expect(ack[1]).toBe('MSA|AE|MSG1|Application Error');
    expect(ack[2]).toBe(
      'ERR|||206^Application record locked^HL70357|E|MIS_SLOT_BOOKED_IN_TALON^^urn:talon:fhir:CodeSystem:error|||Слот занят \\F\\ запись\\S\\есть',
    );
  });

  it('rejects an unreadable text with Talon’s own header', () => {
    const ack = rejectUnreadable(new Date('2026-12-07T09:00:00Z'), 'Нет MSH.').toString().split('\r');
    expect(ack[0]).toMatch(/^MSH\|\^~\\&\|TALON\|TALON\|\|\|20261207090000\|\|ACK\|/);
    expect(ack[1]).toBe('MSA|AR|');
    expect(ack[2]).toContain('|100^Segment sequence error^HL70357|E|');
  });
});
