import type { DocumentView, EncounterView, ImmunizationView, ObservationView } from '../records';
import { localDate, localTime } from '../shared';
import type { Issuer } from './document-requests.ports';
import type { DatePeriod, DocumentContent, DocumentRequestType } from './document-requests.types';

/** The titles printed on the documents (document-types.json's names, shortened where the form allows). */
export const DOCUMENT_TITLES: Record<DocumentRequestType, string> = {
  'vaccination-certificate': 'Сертификат о профилактических прививках',
  'visit-certificate': 'Справка о посещении медицинской организации',
  'pool-certificate': 'Медицинская справка для посещения бассейна',
  'sport-certificate': 'Медицинское заключение о допуске к занятиям физической культурой и спортом',
  'lab-results-extract': 'Выписка результатов лабораторных исследований',
  'outpatient-extract': 'Выписка из медицинской карты амбулаторного больного',
  'inpatient-extract': 'Выписка из истории болезни стационарного больного',
};

/** `2026-03-01` → `01.03.2026`. */
export const russianDate = (iso: string) => iso.split('-').reverse().join('.');
const dayIn = (at: Date, timeZone: string) => russianDate(localDate(at, timeZone));
const momentIn = (at: Date, timeZone: string) => `${dayIn(at, timeZone)} ${localTime(at, timeZone)}`;

/** The body of a document: a statement and a table, from the record's rows that the document states. */
export interface DocumentBody {
  statement: string;
  columns: string[];
  rows: string[][];
}

export function vaccinationBody(immunizations: readonly ImmunizationView[]): DocumentBody {
  return {
    statement: 'Сведения о профилактических прививках по данным медицинской карты:',
    columns: ['Дата', 'Вакцина', 'Доза', 'Серия'],
    rows: [...immunizations]
      .filter((i) => i.status === 'completed')
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((i) => [
        russianDate(i.date),
        i.vaccine.name,
        i.doseNumber ? String(i.doseNumber) : '—',
        i.lotNumber ?? '—',
      ]),
  };
}

/** A visit certificate states the visit's date and time only: never its diagnosis. */
export function visitBody(encounter: EncounterView, timeZone: string, purpose: string | null): DocumentBody {
  const end = encounter.periodEnd ?? encounter.periodStart;
  return {
    statement: `Пациент действительно находился на приёме в медицинской организации${purpose ? ` (справка выдана для предъявления: ${purpose})` : ''}.`,
    columns: ['Начало приёма', 'Окончание приёма', 'Врач'],
    rows: [
      [
        momentIn(encounter.periodStart, timeZone),
        momentIn(end, timeZone),
        encounter.specialty?.name ?? encounter.practitioner?.name ?? '—',
      ],
    ],
  };
}

export function labBody(observations: readonly ObservationView[], timeZone: string): DocumentBody {
  const range = (o: ObservationView) =>
    o.referenceRange.text ??
    (o.referenceRange.low !== null || o.referenceRange.high !== null
      ? `${o.referenceRange.low ?? ''}–${o.referenceRange.high ?? ''}`
      : '—');
  return {
    statement: 'Результаты лабораторных исследований за период по данным медицинской карты:',
    columns: ['Дата', 'Показатель', 'Результат', 'Референсный интервал'],
    rows: [...observations]
      .filter((o) => o.status !== 'cancelled')
      .sort((a, b) => a.effective.getTime() - b.effective.getTime() || a.name.localeCompare(b.name))
      .map((o) => [
        dayIn(o.effective, timeZone),
        o.name,
        `${o.value}${o.unitDisplay ? ` ${o.unitDisplay}` : ''}`,
        range(o),
      ]),
  };
}

/** The doctor's certificates (pool, sport): the conclusion the doctor signs. */
export function conclusionBody(conclusion: string): DocumentBody {
  return { statement: conclusion, columns: [], rows: [] };
}

export function outpatientBody(encounters: readonly EncounterView[], timeZone: string): DocumentBody {
  return {
    statement: 'Сведения об обращениях за медицинской помощью в амбулаторных условиях за период:',
    columns: ['Дата', 'Специалист', 'Диагноз'],
    rows: [...encounters]
      .filter((e) => e.status === 'finished')
      .sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime())
      .map((e) => {
        const primary = e.conditions.find((c) => c.role === 'primary') ?? e.conditions[0];
        return [
          dayIn(e.periodStart, timeZone),
          e.specialty?.name ?? e.practitioner?.name ?? '—',
          primary ? `${primary.code} ${primary.name}` : '—',
        ];
      }),
  };
}

export function inpatientBody(summaries: readonly DocumentView[]): DocumentBody {
  return {
    statement: 'Сведения о лечении в стационарных условиях по данным выписных эпикризов:',
    columns: ['Дата выписки', 'Документ', 'Медицинская организация'],
    rows: summaries.map((d) => [russianDate(d.date), d.title, d.organization?.name ?? '—']),
  };
}

/** Everything the renderer draws. */
export function documentContent(input: {
  number: string;
  type: DocumentRequestType;
  issuedOn: string;
  issuer: Issuer;
  patient: { fullName: string; birthDate: string };
  purpose: string | null;
  period: DatePeriod | null;
  body: DocumentBody;
  signedBy: string;
  checkUrl: string;
}): DocumentContent {
  return {
    number: input.number,
    type: input.type,
    title: DOCUMENT_TITLES[input.type],
    issuedOn: input.issuedOn,
    organization: {
      name: input.issuer.name,
      address: input.issuer.address,
      phone: input.issuer.phone,
      ogrn: input.issuer.ogrn,
    },
    patient: input.patient,
    purpose: input.purpose,
    period: input.period,
    statement: input.body.statement,
    columns: input.body.columns,
    rows: input.body.rows,
    signedBy: input.signedBy,
    checkUrl: input.checkUrl,
  };
}
