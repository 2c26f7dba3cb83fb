import { openPdf } from '../documents/pdf-document';

/** What a demo discharge summary (выписной эпикриз) shows. Synthetic: a generic, uncomplicated stay. */
export interface DischargeSummaryContent {
  hospitalName: string;
  patientName: string;
  birthDate: string;
  admitted: string;
  discharged: string;
  diagnosis: { code: string; name: string };
  authorName: string;
}

const ru = (day: string) => day.split('-').reverse().join('.');

/** The demo discharge summary as a real PDF (DejaVu for Cyrillic, as the tickets), dated the day of discharge. */
export function renderDischargeSummary(content: DischargeSummaryContent): Promise<Buffer> {
  const { doc, done } = openPdf({
    size: 'A4',
    margin: 56,
    info: {
      Title: 'Выписной эпикриз',
      Author: content.hospitalName,
      CreationDate: new Date(`${content.discharged}T12:00:00Z`),
    },
  });
  doc.font('bold').fontSize(11).text(content.hospitalName, { align: 'center' });
  doc.moveDown(1.5).fontSize(16).text('ВЫПИСНОЙ ЭПИКРИЗ', { align: 'center' });
  doc.moveDown(1.5).font('regular').fontSize(11);
  const line = (label: string, value: string) =>
    doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value).moveDown(0.4);
  line('Пациент', `${content.patientName}, ${ru(content.birthDate)} г. р.`);
  line('Находился(ась) на стационарном лечении', `с ${ru(content.admitted)} по ${ru(content.discharged)}`);
  line('Основной диагноз', `${content.diagnosis.code} ${content.diagnosis.name}`);
  line(
    'Жалобы при поступлении',
    'Кашель с мокротой, одышка при физической нагрузке, температура до 38,7 °C, слабость.',
  );
  line(
    'Проведённое обследование',
    'Рентгенография органов грудной клетки: инфильтрация в нижней доле правого лёгкого. Общий анализ ' +
      'крови: лейкоцитоз при поступлении, нормализация к выписке.',
  );
  line(
    'Проведённое лечение',
    'Антибактериальная терапия, муколитики, дыхательная гимнастика. Переносимость удовлетворительная.',
  );
  line('Состояние при выписке', 'Удовлетворительное. Температура нормальная, дыхание везикулярное.');
  line(
    'Рекомендации',
    'Наблюдение терапевта по месту жительства, контрольная рентгенография через 4–6 недель, ' +
      'общий анализ крови через 2 недели. Листок нетрудоспособности закрыт.',
  );
  doc.moveDown(2).text(`Лечащий врач: ${content.authorName}`);
  doc.text(`Дата выписки: ${ru(content.discharged)}`);
  doc.end();
  return done;
}
