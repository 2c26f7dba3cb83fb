import type { DocumentRequestsErrorCode } from '@talon/core/document-requests';
import type { Mapping } from './error-mapping';

/** The answers of certificates, extracts and the public document check (issue 11 item 6, issue 12 item 6). */
export const documentRequests: Record<DocumentRequestsErrorCode, Mapping> = {
  DOCUMENT_REQUEST_NOT_FOUND: {
    status: 404,
    detail: () => 'Заказ справки или выписки не найден. Обновите список.',
  },
  DOCUMENT_REQUEST_PERIOD_REQUIRED: {
    status: 400,
    detail: () => 'Укажите период, за который нужна выписка: дату начала и дату окончания.',
  },
  DOCUMENT_REQUEST_PERIOD_INVALID: {
    status: 400,
    detail: (p) =>
      `Проверьте период: окончание не раньше начала, начало не в будущем, длина не больше ${p.maxYears ?? 5} лет.`,
  },
  DOCUMENT_REQUEST_VISIT_REQUIRED: {
    status: 400,
    detail: () => 'Выберите завершённый приём, о котором нужна справка.',
  },
  DOCUMENT_REQUEST_NOTHING_TO_ISSUE: {
    status: 409,
    detail: () =>
      'В медицинской карте нет сведений для этого документа (например, прививок или результатов за период). Выберите другой период или обратитесь в поликлинику.',
  },
  DOCUMENT_REQUEST_NO_ISSUER: {
    status: 409,
    detail: () =>
      'Не удалось определить поликлинику, которая выдаст документ: вы не прикреплены и не были на приёме. Обратитесь в регистратуру.',
  },
  DOCUMENT_REQUEST_STATUS_CONFLICT: {
    status: 409,
    detail: () => 'Статус заказа уже изменился: документ подписан или в подписи отказано. Обновите страницу.',
  },
  DOCUMENT_REQUEST_PRACTITIONER_REQUIRED: {
    status: 403,
    detail: () => 'Подписать справку или выписку может только врач.',
  },
  DOCUMENT_REQUEST_NOT_READY: {
    status: 409,
    detail: () => 'Документ ещё не готов. Отправить на почту можно готовый документ.',
  },
  DOCUMENT_REQUEST_EMAIL_REQUIRED: {
    status: 400,
    detail: () => 'В профиле не указан адрес электронной почты. Добавьте его в разделе «Мои данные».',
  },
  DOCUMENT_CHECK_NOT_FOUND: {
    status: 404,
    detail: () =>
      'Документ с таким кодом проверки не найден. Проверьте адрес из QR-кода; документ мог быть выдан не через Талон.',
  },
  DOCUMENT_NOT_FOUND_FOR_REVOCATION: {
    status: 404,
    detail: () => 'Документ не найден среди документов вашей медицинской организации.',
  },
  DOCUMENT_ALREADY_REVOKED: { status: 409, detail: () => 'Этот документ уже отозван.' },
  DOCUMENT_REQUEST_REJECTION_REASON_REQUIRED: {
    status: 422,
    detail: () => 'Укажите причину отказа: пациент увидит её в «Истории обращений».',
  },
  DOCUMENT_REVOCATION_REASON_REQUIRED: {
    status: 400,
    detail: (p) => `Укажите причину отзыва документа (не короче ${p.min ?? 5} символов).`,
  },
};
