import type { RecordsErrorCode } from '@talon/core/records';
import type { UploadsErrorCode } from '@talon/core/uploads';
import type { Mapping } from './error-mapping';

/** The answers of the medical record's and the uploads' errors (issue 11). */

export const records: Record<RecordsErrorCode, Mapping> = {
  RECORD_PATIENT_REQUIRED: {
    status: 400,
    detail: () => 'Не указано, чью медицинскую карту показать: выберите пациента (patientId).',
  },
  RECORD_AUTHOR_REQUIRED: {
    status: 403,
    detail: () =>
      'Вносить записи в медицинскую карту может только медицинский работник, у которого пациент на лечении или наблюдении.',
  },
  ENCOUNTER_NOT_FOUND: { status: 404, detail: () => 'Запись о приёме не найдена.' },
  UNKNOWN_LAB_TEST: {
    status: 400,
    detail: (p) =>
      `Исследование «${p.code ?? ''}» не найдено в лабораторном справочнике. Выберите анализ из списка.`,
  },
  LAB_ORDER_NOT_FOUND: { status: 404, detail: () => 'Направление на анализы не найдено.' },
  LAB_ORDER_NOT_ACTIVE: {
    status: 409,
    detail: () => 'Направление на анализы уже выполнено или отменено.',
  },
  LAB_RESULT_NOT_ORDERED: {
    status: 400,
    detail: (p) => `Показатель «${p.code ?? ''}» не назначен в этом направлении.`,
  },
  LAB_REPORT_NOT_FOUND: { status: 404, detail: () => 'Результат анализов не найден.' },
  ENCOUNTER_FINISHED: {
    status: 409,
    detail: () =>
      'Запись о приёме уже завершена: её нельзя изменить, можно только внести исправление с указанием причины.',
  },
  ENCOUNTER_AMENDMENT_REASON_REQUIRED: {
    status: 400,
    detail: () => 'Укажите причину исправления: она сохраняется вместе с прежней версией записи.',
  },
  ENCOUNTER_NOT_FINISHED: {
    status: 409,
    detail: () => 'Запись о приёме ещё не завершена: её можно просто отредактировать, исправление не нужно.',
  },
  ENCOUNTER_AMENDMENT_CONFLICT: {
    status: 409,
    detail: () => 'Запись о приёме только что исправил другой пользователь. Обновите страницу и повторите.',
  },
  ENCOUNTER_APPOINTMENT_MISMATCH: {
    status: 400,
    detail: () => 'Эта запись на приём не относится к выбранному пациенту и врачу.',
  },
  ENCOUNTER_ORGANIZATION_REQUIRED: {
    status: 403,
    detail: () => 'У вас нет должности в медицинской организации, от имени которой вносится запись.',
  },
  UNKNOWN_MEDICINE_FORM: {
    status: 400,
    detail: () =>
      'У препарата нет такой лекарственной формы или дозировки в справочнике. Выберите из списка.',
  },
  PRESCRIPTION_ENCOUNTER_MISMATCH: {
    status: 400,
    detail: () => 'Рецепт можно выписать только на приёме этого же пациента.',
  },
  PRIMARY_CONDITION_TAKEN: {
    status: 409,
    detail: () => 'У этого приёма уже есть основной диагноз. Укажите новый диагноз как сопутствующий.',
  },
  UNKNOWN_ICD10: {
    status: 400,
    detail: (p) => `Код «${p.code ?? ''}» не найден в справочнике МКБ-10. Выберите диагноз из справочника.`,
  },
  UNKNOWN_MEDICINE: {
    status: 400,
    detail: () => 'Лекарственный препарат не найден в справочнике. Выберите препарат из списка.',
  },
  UNKNOWN_ANALYTE: {
    status: 400,
    detail: (p) => `Показатель «${p.code ?? ''}» не найден в справочнике: укажите его название.`,
  },
  LAB_REPORT_INVALID: {
    status: 400,
    detail: () =>
      'Результат анализа заполнен неверно: нужен хотя бы один показатель, а числовое значение должно быть числом.',
  },
  PRESCRIPTION_NOT_FOUND: { status: 404, detail: () => 'Рецепт не найден.' },
  PRESCRIPTION_STATUS_CONFLICT: {
    status: 409,
    detail: () =>
      'Рецепт нельзя перевести в этот статус из текущего (или его статус только что изменился). Обновите страницу.',
  },
  PRESCRIPTION_CANCEL_REASON_REQUIRED: { status: 400, detail: () => 'Укажите причину отмены рецепта.' },
  DOCUMENT_NOT_FOUND: {
    status: 404,
    detail: () => 'Документ не найден. Возможно, ссылка устарела — откройте список документов.',
  },
  DOCUMENT_FILE_MISSING: {
    status: 404,
    detail: () => 'Файл этого документа ещё не готов. Попробуйте позже или обратитесь в поликлинику.',
  },
  RECORD_PERIOD_INVALID: {
    status: 400,
    detail: () => 'Дата «по» раньше даты «с». Исправьте период.',
  },
};

export const uploads: Record<UploadsErrorCode, Mapping> = {
  UNSUPPORTED_FILE_TYPE: {
    status: 415,
    detail: () =>
      'Этот файл не подходит: можно загрузить только PDF, JPEG или PNG. Тип определяется по содержимому файла, а не по его имени.',
  },
  FILE_TOO_LARGE: {
    status: 413,
    detail: (p) =>
      `Файл больше ${p.maxMb ?? 5} МБ. Уменьшите его (например, сожмите скан) и загрузите снова.`,
  },
  MULTIPART_REQUIRED: {
    status: 415,
    detail: () => 'Файл отправляется формой multipart/form-data в поле «file».',
  },
  FILE_REQUIRED: {
    status: 400,
    detail: () => 'Выберите один файл и отправьте его в поле «file».',
  },
  UPLOAD_NOT_FOUND: {
    status: 404,
    detail: () => 'Файл не найден. Возможно, он не был прикреплён к заявке в течение суток и удалён.',
  },
};
