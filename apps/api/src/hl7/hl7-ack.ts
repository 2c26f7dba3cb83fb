import { formatHl7DateTime, Hl7Message, Hl7Segment } from '@medplum/core';

/** HL7 table 0008: accepted, error (refused by the application), reject (the message itself is wrong). */
export type AckCode = 'AA' | 'AE' | 'AR';

export interface AckError {
  /** HL7 table 0357 (`101` required field missing, `207` application internal error…). */
  hl7Code: string;
  /** Where in the message (`SCH-2`), when known. */
  location?: string;
  /** Talon's error code (`MIS_SLOT_BOOKED_IN_TALON`). */
  talonCode?: string;
  /** The Russian text for the MIS's operator. */
  diagnostics: string;
}

const HL7_ERROR_TEXT: Record<string, string> = {
  '100': 'Segment sequence error',
  '101': 'Required field missing',
  '102': 'Data type error',
  '200': 'Unsupported message type',
  '206': 'Application record locked',
  '207': 'Application internal error',
};

/** The HL7 escapes of the delimiters (`\F\`, `\S\`…), so a Russian text cannot break the segment. */
const escapeHl7 = (text: string) =>
  text
    .replace(/\\/g, '\\E\\')
    .replace(/\|/g, '\\F\\')
    .replace(/\^/g, '\\S\\')
    .replace(/&/g, '\\T\\')
    .replace(/~/g, '\\R\\')
    .replace(/[\r\n]+/g, ' ');

/** `ERR` (v2.5): ERR-2 location, ERR-3 HL7 error code, ERR-4 severity, ERR-5 Talon's code, ERR-8 the text. */
function errSegment(error: AckError): Hl7Segment {
  const [segment = '', field = ''] = (error.location ?? '').split('-');
  return new Hl7Segment([
    'ERR',
    '',
    error.location ? `${segment}^1^${field.split('.')[0] ?? ''}` : '',
    `${error.hl7Code}^${HL7_ERROR_TEXT[error.hl7Code] ?? 'Error'}^HL70357`,
    'E',
    error.talonCode ? `${error.talonCode}^^urn:talon:fhir:CodeSystem:error` : '',
    '',
    '',
    escapeHl7(error.diagnostics),
  ]);
}

/** The ACK of `message` (Medplum's `buildAck`: MSH with sender and receiver swapped, MSA with MSH-10). */
export function ackOf(message: Hl7Message, code: AckCode, error?: AckError): Hl7Message {
  return message.buildAck({ ackCode: code, ...(error ? { errSegment: errSegment(error) } : {}) });
}

/** The ACK of a text that is no HL7 message at all: Talon's own MSH, AR, and why. */
export function rejectUnreadable(now: Date, diagnostics: string): Hl7Message {
  const msh = new Hl7Segment([
    'MSH',
    '^~\\&',
    'TALON',
    'TALON',
    '',
    '',
    formatHl7DateTime(now),
    '',
    'ACK',
    String(now.getTime()),
    'P',
    '2.5',
  ]);
  return new Hl7Message([
    msh,
    new Hl7Segment(['MSA', 'AR', '']),
    errSegment({ hl7Code: '100', location: 'MSH', diagnostics }),
  ]);
}
