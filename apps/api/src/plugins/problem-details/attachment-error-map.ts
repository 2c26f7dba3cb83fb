import type { AttachmentErrorCode } from '@talon/core/attachment';
import type { Mapping } from './error-mapping';

const STATUS_NAMES: Record<string, string> = {
  approved: '«Одобрено»',
  rejected: '«Отклонено»',
};

const russianDate = (iso: unknown) => String(iso).split('-').reverse().join('.');

/** The answers of attachment's errors (issue 13 item 2). */
export const attachment: Record<AttachmentErrorCode, Mapping> = {
  ATTACHMENT_REQUEST_NOT_FOUND: {
    status: 404,
    detail: () => 'Заявление о прикреплении не найдено. Обновите список заявлений.',
  },
  ATTACHMENT_CHANGE_TOO_SOON: {
    status: 409,
    detail: (p) =>
      `Прикрепление можно менять не чаще раза в год: следующая смена возможна с ${russianDate(p.allowedFrom)}. ` +
      'Если вы переехали, отметьте «Я переехал(а)» — тогда ограничение не действует.',
  },
  ATTACHMENT_REQUEST_OPEN: {
    status: 409,
    detail: () =>
      'У вас уже есть заявление о прикреплении на рассмотрении. Дождитесь решения регистратуры, затем подайте новое.',
  },
  ATTACHMENT_ALREADY_ATTACHED: {
    status: 409,
    detail: () => 'Вы уже прикреплены к этой поликлинике и участку.',
  },
  ATTACHMENT_ORGANIZATION_UNKNOWN: {
    status: 404,
    detail: () => 'Поликлиника не найдена или не принимает пациентов. Выберите поликлинику из списка.',
  },
  ATTACHMENT_SCAN_INVALID: {
    status: 400,
    detail: () =>
      'Файл не найден или уже прикреплён к другому заявлению. Загрузите скан заявления заново (PNG, JPEG или PDF).',
  },
  ATTACHMENT_STATUS_CONFLICT: {
    status: 409,
    detail: (p) =>
      `Решение по заявлению уже принято${STATUS_NAMES[String(p.status)] ? `: ${STATUS_NAMES[String(p.status)]}` : ''}. ` +
      'Обновите список заявлений.',
  },
  ATTACHMENT_COMMENT_REQUIRED: {
    status: 400,
    detail: () => 'Укажите причину отказа: пациент увидит её в личном кабинете.',
  },
  ATTACHMENT_OVERRIDE_REASON_REQUIRED: {
    status: 400,
    detail: () => 'Укажите причину исключения: прикрепление чаще раза в год допускается только с причиной.',
  },
  ATTACHMENT_PATIENT_NOT_FOUND: {
    status: 404,
    detail: () => 'Пациент не найден. Найдите его заново через поиск.',
  },
};
