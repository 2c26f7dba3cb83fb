import { EXPORT_COLUMNS } from '@talon/core/booking';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderAppointmentsPdf } from './appointments.pdf';

const ROW = [
  '03.12.2026',
  '20:00',
  'камчатское время, UTC+12 (Asia/Kamchatka)',
  'Ёлкина Мария Петровна',
  'Офтальмолог',
  'Тестов Иван Петрович',
  'ГБУЗ «Городская поликлиника № 14» ДЗМ',
  'г. Москва, ул. Профсоюзная, д. 12, корп. 3',
  '214',
  'Приём состоялся',
  'K7QX-M2PA',
  'ГП14-20261203-0042',
];

const pagesText = async (pdf: Buffer) => {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return (text as string[]).map((page) => page.replaceAll(/\s+/g, ' '));
};

describe('renderAppointmentsPdf', () => {
  it('breaks a long table over pages, repeating the header, and says when rows were left out', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => ROW.map((cell, c) => (c === 10 ? `CODE-${i}` : cell)));
    const pages = await pagesText(
      await renderAppointmentsPdf({ columns: EXPORT_COLUMNS, rows, total: 1200 }),
    );
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Номер талона');
    expect(pages[0]).toContain('Показаны 60 последних записей из 1200');
    const all = pages.join(' ');
    for (let i = 0; i < 60; i++) expect(all).toContain(`CODE-${i} `);
    expect(all).toContain('Ёлкина Мария Петровна');
  });

  it('counts the rows when all of them are in the file', async () => {
    const pages = await pagesText(
      await renderAppointmentsPdf({ columns: EXPORT_COLUMNS, rows: [ROW], total: 1 }),
    );
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Записей: 1.');
  });
});
