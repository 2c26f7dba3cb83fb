import type { SigningErrorCode } from '@talon/core/signing';
import type { Mapping } from './error-mapping';

/** The answers of electronic signature errors (docs/signatures.md). */
export const signing: Record<SigningErrorCode, Mapping> = {
  SIGNING_CERTIFICATE_MISSING: {
    status: 409,
    detail: () =>
      'Нет сертификата электронной подписи, которым можно подписать документ. Обратитесь к администратору поликлиники, чтобы выпустить сертификат.',
  },
  SIGNING_CERTIFICATE_NOT_YET_VALID: {
    status: 409,
    detail: () =>
      'Сертификат электронной подписи ещё не начал действовать. Подпишите документ, когда наступит срок его действия, или обратитесь к администратору.',
  },
  SIGNING_CERTIFICATE_EXPIRED: {
    status: 409,
    detail: () =>
      'Срок действия сертификата электронной подписи истёк. Обратитесь к администратору поликлиники, чтобы выпустить новый.',
  },
  SIGNING_CERTIFICATE_REVOKED: {
    status: 409,
    detail: () =>
      'Сертификат электронной подписи отозван, подписывать им нельзя. Обратитесь к администратору поликлиники, чтобы выпустить новый.',
  },
  SIGNING_PRACTITIONER_REQUIRED: {
    status: 403,
    detail: () => 'Подписать документ своей подписью может только врач или медицинская сестра.',
  },
  SIGNING_ORGANIZATION_REQUIRED: {
    status: 400,
    detail: () => 'Не указано, от имени какой медицинской организации подписать документ.',
  },
  SIGNING_PDF_INVALID: {
    status: 400,
    detail: () =>
      'Подписать можно только неповреждённый PDF-файл без пароля. Проверьте файл и попробуйте снова.',
  },
  SIGNING_PDF_ALREADY_SIGNED: {
    status: 409,
    detail: () => 'Документ уже подписан. Повторная подпись нарушила бы первую.',
  },
  SIGNING_SERVICE_UNAVAILABLE: {
    status: 503,
    detail: () => 'Сервис электронной подписи сейчас недоступен. Попробуйте подписать документ позже.',
  },
};
