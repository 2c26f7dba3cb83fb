import { Hl7Message, type Hl7Segment, parseHl7DateTime } from '@medplum/core';
import type { ExternalId, MisSlotState } from '@talon/core/mis-schedules';

/**
 * Reading an HL7 v2 `SIU` message of a regional MIS (docs/fhir.md «Schedules from a regional MIS») with
 * Medplum's kept parser (`Hl7Message`, `@medplum/core`): the event, the MIS's slot (filler id, SCH-2), its
 * time (SCH-11 or TQ1) and the Talon resources (AIP-3, AIL-3) it belongs to.
 */

/** The SIU events Talon takes and what each does to the slot. */
const EVENTS: Record<string, MisSlotState> = {
  S12: 'busy', // a new booking in the MIS
  S13: 'busy', // rescheduled: the slot moves
  S14: 'busy', // modified
  S15: 'free', // cancelled: the slot is free again
};

/** A message that cannot be taken (answered AR), with the element at fault (`SCH-2`). */
export class Hl7Rejection extends Error {
  constructor(
    readonly location: string,
    readonly diagnostics: string,
    /** HL7 table 0357: 100 segment sequence error, 101 required field missing, 102 data type error, 200 unsupported message type. */
    readonly hl7Code: '100' | '101' | '102' | '200' | '207',
  ) {
    super(diagnostics);
    this.name = 'Hl7Rejection';
  }
}

export interface SiuMessage {
  message: Hl7Message;
  event: string;
  state: MisSlotState;
  slot: ExternalId;
  startsAt: Date;
  endsAt: Date;
  /** AIP-3's id: a Talon PractitionerRole or Practitioner id. */
  resourceId: string;
  /** AIL-3's id: a Talon Location id (to tell a practitioner's roles apart), when sent. */
  locationId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The message's text with any line ending as HL7's segment separator (CR). */
export function parseHl7(text: string): Hl7Message | null {
  const normalised = text.replace(/\r\n|\n|\r/g, '\r').replace(/\r+$/, '');
  if (!normalised.startsWith('MSH')) return null;
  try {
    return Hl7Message.parse(normalised);
  } catch {
    return null;
  }
}

/** An `EI` (entity id ^ namespace ^ universal id ^ type) as an identifier: `urn:oid:` for an ISO OID. */
function entityIdentifier(segment: Hl7Segment, field: number): ExternalId | null {
  const value = segment.getComponent(field, 1);
  const namespace = segment.getComponent(field, 2);
  const universal = segment.getComponent(field, 3);
  const type = segment.getComponent(field, 4);
  const system = universal && type === 'ISO' ? `urn:oid:${universal}` : universal || namespace;
  return value && system ? { system, value } : null;
}

/** A `DTM` as an instant; a time without an offset takes MSH-7's offset (UTC when it has none). */
function instant(text: string, zone: string | undefined, location: string): Date {
  if (!/^\d{12,14}(\.\d{1,4})?([+-]\d{4})?$/.test(text)) {
    throw new Hl7Rejection(
      location,
      `Поле ${location}: ожидается дата и время ГГГГММДДччмм[сс][±ччмм].`,
      '102',
    );
  }
  const iso = parseHl7DateTime(text, zone ? { tzOffset: zone } : undefined);
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new Hl7Rejection(location, `Поле ${location}: неверная дата «${text}».`, '102');
  }
  return date;
}

const MINUTE = 60_000;

/** Start and end: SCH-11's TQ (components 4 and 5), else TQ1-7 and TQ1-8, else start plus SCH-9 minutes. */
function timing(
  message: Hl7Message,
  sch: Hl7Segment,
  zone: string | undefined,
): { startsAt: Date; endsAt: Date } {
  const tq1 = message.getSegment('TQ1');
  const [startText, startAt] = sch.getComponent(11, 4)
    ? [sch.getComponent(11, 4), 'SCH-11.4']
    : [tq1?.getComponent(7, 1) ?? '', 'TQ1-7'];
  if (!startText) throw new Hl7Rejection('SCH-11', 'Нет времени начала слота (SCH-11.4 или TQ1-7).', '101');
  const startsAt = instant(startText, zone, startAt);
  const [endText, endAt] = sch.getComponent(11, 5)
    ? [sch.getComponent(11, 5), 'SCH-11.5']
    : [tq1?.getComponent(8, 1) ?? '', 'TQ1-8'];
  if (endText) return { startsAt, endsAt: instant(endText, zone, endAt) };
  const minutes = Number(sch.getComponent(9, 1));
  const units = sch.getComponent(10, 1).toLowerCase();
  if (!Number.isInteger(minutes) || minutes <= 0 || (units !== '' && !['min', 'm'].includes(units))) {
    throw new Hl7Rejection(
      'SCH-9',
      'Нет окончания слота (SCH-11.5, TQ1-8) или длительности в минутах (SCH-9).',
      '101',
    );
  }
  return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * MINUTE) };
}

/** The message as a slot update, or an `Hl7Rejection` saying what is wrong with it. */
export function readSiu(message: Hl7Message): SiuMessage {
  const header = message.header;
  const type = header.getComponent(9, 1);
  const event = header.getComponent(9, 2);
  const state = EVENTS[event];
  if (type !== 'SIU' || !state) {
    throw new Hl7Rejection(
      'MSH-9',
      `Тип сообщения ${type}^${event} не поддерживается: принимаются SIU^S12–S15.`,
      '200',
    );
  }
  const sch = message.getSegment('SCH');
  if (!sch) throw new Hl7Rejection('SCH', 'Нет сегмента SCH.', '100');
  const slot = entityIdentifier(sch, 2);
  if (!slot) {
    throw new Hl7Rejection('SCH-2', 'Нет идентификатора слота МИС (SCH-2: id^пространство имён).', '101');
  }
  const zone = /([+-]\d{4})$/.exec(header.getComponent(7, 1))?.[1];
  const aip = message.getSegment('AIP');
  const resourceId = aip?.getComponent(3, 1) ?? '';
  if (!UUID.test(resourceId)) {
    throw new Hl7Rejection(
      'AIP-3',
      'Нет врача (AIP-3: id должности PractitionerRole или врача Practitioner Талона).',
      '101',
    );
  }
  const location = message.getSegment('AIL')?.getComponent(3, 1) ?? '';
  if (location && !UUID.test(location)) {
    throw new Hl7Rejection('AIL-3', 'AIL-3: ожидается id кабинета (Location) Талона.', '102');
  }
  return {
    message,
    event,
    state,
    slot,
    ...timing(message, sch, zone),
    resourceId: resourceId.toLowerCase(),
    locationId: location ? location.toLowerCase() : null,
  };
}
