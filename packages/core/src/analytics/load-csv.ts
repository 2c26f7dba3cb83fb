import { BOOKING_CHANNELS, CANCELLED_BY_KINDS } from '../booking';
import type { LoadRow } from './analytics.types';
import { onlineShare } from './load-report';

const CHANNEL_LABELS: Record<(typeof BOOKING_CHANNELS)[number], string> = {
  internet: 'Интернет',
  mobile: 'Мобильное приложение',
  registry: 'Регистратура',
  call_centre: 'Колл-центр',
  doctor: 'Врач',
  infomat: 'Инфомат',
  api: 'API',
};

/** The export's columns, in Russian as the clinic's staff read them in a spreadsheet. */
export const LOAD_CSV_COLUMNS = [
  'Дата',
  'Медицинская организация',
  'Специальность',
  'Врач',
  'Предложено слотов',
  'Записано',
  'Состоялось',
  'Неявки',
  'Отменено пациентом',
  'Отменено представителем',
  'Отменено регистратурой за пациента',
  'Отменено клиникой',
  ...BOOKING_CHANNELS.map((channel) => `Канал: ${CHANNEL_LABELS[channel]}`),
  'Доля записей онлайн, %',
] as const;

/** One line per row; the online share as a percentage with a decimal comma (Russian spreadsheets). */
export function loadCsvTable(rows: readonly LoadRow[]): { columns: readonly string[]; rows: string[][] } {
  return {
    columns: LOAD_CSV_COLUMNS,
    rows: rows.map((row) => {
      const share = onlineShare(row);
      return [
        row.date,
        row.organizationName,
        row.specialtyName,
        row.practitionerName,
        String(row.offered),
        String(row.booked),
        String(row.fulfilled),
        String(row.noshow),
        ...CANCELLED_BY_KINDS.map((kind) => String(row.cancelledBy[kind])),
        ...BOOKING_CHANNELS.map((channel) => String(row.channels[channel])),
        share === null ? '' : (share * 100).toFixed(1).replace('.', ','),
      ];
    }),
  };
}
