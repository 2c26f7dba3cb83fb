import {
  STAFF_APPLICATION_STATUS_LABELS,
  type StaffApplicationStatus,
  type StaffApplicationsErrorCode,
} from '@talon/core/staff-applications';
import type { Mapping } from './error-mapping';

/** The answers of staff applications' and certificates' errors (issue 12 item 9). */
export const staffApplications: Record<StaffApplicationsErrorCode, Mapping> = {
  STAFF_APPLICATION_NOT_FOUND: { status: 404, detail: () => 'Заявление не найдено. Обновите список.' },
  STAFF_APPLICATION_INVALID: {
    status: 400,
    detail: () => 'Заявление заполнено не полностью: исправьте отмеченные поля.',
  },
  STAFF_APPLICATION_ATTACHMENT_REQUIRED: {
    status: 400,
    detail: () =>
      'Приложите медицинский документ: без него заявление на отпуск по состоянию здоровья не принимается.',
  },
  STAFF_APPLICATION_ATTACHMENT_INVALID: {
    status: 400,
    detail: () =>
      'Вложение не принято: загрузите файл заново (PDF, JPEG или PNG до 5 МБ, не больше 5 файлов к заявлению).',
  },
  STAFF_APPLICATION_STATUS_CONFLICT: {
    status: 409,
    detail: (p) =>
      `Это действие недоступно: заявление в статусе «${STAFF_APPLICATION_STATUS_LABELS[p.status as StaffApplicationStatus] ?? 'другом'}». Обновите список.`,
  },
  STAFF_APPLICATION_REASON_REQUIRED: {
    status: 400,
    detail: () => 'Укажите причину отказа: сотрудник увидит её в своём кабинете.',
  },
  STAFF_CERTIFICATE_NOT_FOUND: { status: 404, detail: () => 'Справка не найдена. Обновите список.' },
};
