import type { QualificationsErrorCode } from '@talon/core/qualifications';
import type { Mapping } from './error-mapping';

const NUMBER_FORMATS: Record<string, string> = {
  diploma: 'серия из 6 цифр и номер из 7 цифр, например 107718 0123456',
  accreditation: 'номер записи в ФРМР — от 6 до 20 цифр',
  qualification_category: 'номер приказа, например 45-к',
  training_certificate: 'регистрационный номер из букв и цифр, например ПК-2024/0157',
};

/** The answers of qualification documents' errors (issue 12 item 7). */
export const qualifications: Record<QualificationsErrorCode, Mapping> = {
  QUALIFICATION_NUMBER_INVALID: {
    status: 400,
    detail: (p) => `Проверьте номер документа: ${NUMBER_FORMATS[String(p.type)] ?? 'формат не распознан'}.`,
  },
  QUALIFICATION_PERIOD_INVALID: {
    status: 400,
    detail: () =>
      'Проверьте срок действия: он должен быть позже даты выдачи; для аккредитации и категории он обязателен.',
  },
  QUALIFICATION_PERIOD_OVERLAP: {
    status: 409,
    detail: () =>
      'Срок действия пересекается с другим документом того же типа по этой специальности. Исправьте даты или измените тот документ.',
  },
  QUALIFICATION_STATUS_CONFLICT: {
    status: 409,
    detail: () => 'Статус меняется по порядку: «В работе» → «Отправлен» → «Подтверждён», без возврата назад.',
  },
  QUALIFICATION_NOT_FOUND: { status: 404, detail: () => 'Документ не найден. Обновите список документов.' },
  QUALIFICATION_SPECIALTY_UNKNOWN: {
    status: 400,
    detail: () => 'Такой специальности нет в справочнике. Выберите специальность из списка.',
  },
  QUALIFICATION_SCAN_INVALID: {
    status: 400,
    detail: () => 'Скан не найден или уже прикреплён к другому документу. Загрузите файл ещё раз.',
  },
};
