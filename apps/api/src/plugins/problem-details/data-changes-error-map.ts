import type { DataChangeErrorCode } from '@talon/core/data-changes';
import type { Mapping } from './error-mapping';

const STATUS_NAMES: Record<string, string> = {
  in_progress: '«В работе»',
  approved: '«Одобрено»',
  applied: '«Изменения применены»',
  rejected: '«Отклонено»',
};

/** The answers of data-change requests' errors (issue 11 item 5). */
export const dataChanges: Record<DataChangeErrorCode, Mapping> = {
  DATA_CHANGE_NOT_FOUND: {
    status: 404,
    detail: () => 'Заявление на изменение данных не найдено. Обновите список заявлений.',
  },
  DATA_CHANGE_STATUS_CONFLICT: {
    status: 409,
    detail: (p) =>
      `Это действие недоступно: заявление в статусе ${STATUS_NAMES[String(p.status)] ?? 'другом'}. ` +
      'Решение принимается один раз по заявлению «В работе», применить можно только одобренное.',
  },
  DATA_CHANGE_NOT_CONFIRMED: {
    status: 409,
    detail: () =>
      'Пациент ещё не подтвердил новый телефон или адрес почты кодом. Изменение можно применить после подтверждения.',
  },
  DATA_CHANGE_CODE_NOT_AVAILABLE: {
    status: 409,
    detail: () => 'Для этого заявления код не нужен: он уже введён, или заявление закрыто.',
  },
  DATA_CHANGE_ATTACHMENT_INVALID: {
    status: 400,
    detail: () =>
      'Файл не найден или уже прикреплён к другому заявлению. Загрузите скан заново (PNG, JPEG или PDF, не больше 5 файлов).',
  },
  DATA_CHANGE_COMMENT_REQUIRED: {
    status: 400,
    detail: () => 'Укажите причину отказа: пациент увидит её в личном кабинете.',
  },
  DATA_CHANGE_VALUE_TAKEN: {
    status: 409,
    detail: () =>
      'Такой полис уже указан в карте другого пациента. Проверьте номер с пациентом и отклоните заявление, если он неверен.',
  },
};
