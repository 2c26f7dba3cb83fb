import type { StatusErrorCode } from '@talon/core/status';
import type { Mapping } from './error-mapping';

/** The answers of the status page's incident errors (issue 13 item 5). */
export const status: Record<StatusErrorCode, Mapping> = {
  STATUS_INCIDENT_INVALID: {
    status: 400,
    detail: () =>
      'Проверьте поля инцидента: заголовок, серьёзность, затронутые компоненты и текст сообщения.',
  },
  STATUS_INCIDENT_NOT_FOUND: {
    status: 404,
    detail: () => 'Инцидент не найден.',
  },
  STATUS_INCIDENT_RESOLVED: {
    status: 409,
    detail: () => 'Инцидент уже решён и не принимает новых сообщений. Если сбой повторился, откройте новый.',
  },
};
