import { SUPPORT_STATUS_LABELS, type SupportErrorCode, type SupportTicketStatus } from '@talon/core/support';
import type { Mapping } from './error-mapping';

const statusName = (status: unknown) =>
  SUPPORT_STATUS_LABELS[String(status) as SupportTicketStatus]
    ? `«${SUPPORT_STATUS_LABELS[String(status) as SupportTicketStatus]}»`
    : 'другом';

/** The answers of the support desk's errors (issue 17 item 2). */
export const support: Record<SupportErrorCode, Mapping> = {
  SUPPORT_TICKET_NOT_FOUND: {
    status: 404,
    detail: () => 'Обращение не найдено. Обновите список обращений.',
  },
  SUPPORT_STATUS_CONFLICT: {
    status: 409,
    detail: (p) =>
      `Это действие недоступно: обращение в статусе ${statusName(p.status)}. ` +
      'Закрытое обращение не меняется — создайте новое.',
  },
  SUPPORT_TEXT_INVALID: {
    status: 400,
    detail: (p) => `Напишите текст обращения (не длиннее ${Number(p.max) || 5000} символов).`,
  },
  SUPPORT_ATTACHMENT_INVALID: {
    status: 400,
    detail: () =>
      'Файл не найден или уже прикреплён к другому обращению. Загрузите снимок экрана заново (PNG, JPEG или PDF, не больше 3 файлов).',
  },
  SUPPORT_CLINIC_UNKNOWN: {
    status: 422,
    detail: () => 'Такой поликлиники нет. Выберите поликлинику из списка или оставьте поле пустым.',
  },
  SUPPORT_ASSIGNEE_INVALID: {
    status: 400,
    detail: () => 'Назначить обращение можно только оператору поддержки.',
  },
  SUPPORT_ARTICLE_NOT_FOUND: {
    status: 404,
    detail: () => 'Статья справки или шаблон ответа не найдены.',
  },
};
