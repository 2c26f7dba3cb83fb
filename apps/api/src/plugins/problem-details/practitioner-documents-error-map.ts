import type { PractitionerDocumentsErrorCode } from '@talon/core/practitioner-documents';
import type { Mapping } from './error-mapping';

/** The answers of the practitioner's documents' errors (issue 12 item 5). */
export const practitionerDocuments: Record<PractitionerDocumentsErrorCode, Mapping> = {
  PRACTITIONER_DOCUMENT_NOT_FOUND: { status: 404, detail: () => 'Документ не найден.' },
  PRACTITIONER_DOCUMENT_AUTHOR_REQUIRED: {
    status: 403,
    detail: () =>
      'Писать медицинские документы может только медицинский работник, у которого пациент на лечении или наблюдении.',
  },
  PRACTITIONER_DOCUMENT_SIGNED: {
    status: 409,
    detail: () =>
      'Документ уже подписан: его нельзя изменить или подписать повторно. Чтобы исправить его, создайте исправленный документ.',
  },
  PRACTITIONER_DOCUMENT_PERIOD_INVALID: {
    status: 400,
    detail: () =>
      'Укажите период документа: дата начала не позже даты окончания и не в будущем, не более пяти лет.',
  },
  PRACTITIONER_DOCUMENT_ENCOUNTER_REQUIRED: {
    status: 400,
    detail: () => 'Протокол осмотра пишется по одному из приёмов этого пациента: выберите приём.',
  },
  PRACTITIONER_DOCUMENT_SECTIONS_MISSING: {
    status: 400,
    detail: () => 'Заполните обязательные разделы документа перед подписью.',
  },
  PRACTITIONER_DOCUMENT_NOT_SUPERSEDABLE: {
    status: 409,
    detail: () =>
      'Исправить можно только подписанный документ, и только один раз: исправленный документ уже создан или документ ещё не подписан.',
  },
  PRACTITIONER_DOCUMENT_NO_ISSUER: {
    status: 409,
    detail: () =>
      'У вас нет действующей должности в медицинской организации, от имени которой выдаётся документ.',
  },
};
