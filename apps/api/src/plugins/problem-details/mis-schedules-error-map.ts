import type { MisSchedulesErrorCode } from '@talon/core/mis-schedules';
import type { Mapping } from './error-mapping';

/**
 * Refusals of schedules pushed by a regional MIS (issue 14 item 4). The FHIR routes answer them as
 * OperationOutcome (the element in `expression`), the HL7 v2 route as an ACK with ERR; this is the same answer
 * wherever a DomainError is sent as problem+json.
 */
export const misSchedules: Record<MisSchedulesErrorCode, Mapping> = {
  MIS_SLOT_BOOKED_IN_TALON: {
    status: 409,
    detail: () =>
      'На этот слот в Талоне есть запись пациента: МИС не может его изменить. Администраторы клиники уведомлены.',
  },
  MIS_RESOURCE_INVALID: {
    status: 422,
    detail: (p) => (p.message ? String(p.message) : 'Ресурс заполнен неверно.'),
  },
  MIS_CLIENT_WITHOUT_ORGANIZATION: {
    status: 403,
    detail: () => 'Клиент не привязан к медицинской организации и не может передавать расписания.',
  },
  MIS_SCHEDULE_NOT_FOUND: {
    status: 404,
    detail: () => 'Расписание не найдено среди расписаний вашей медицинской организации.',
  },
  MIS_SLOT_NOT_FOUND: {
    status: 404,
    detail: () => 'Слот не найден среди слотов вашей медицинской организации.',
  },
  MIS_SLOT_TIME_TAKEN: {
    status: 409,
    detail: () => 'В это время у расписания уже есть другой слот, занятый или принадлежащий МИС.',
  },
  MIS_IDENTIFIER_TAKEN: {
    status: 409,
    detail: () => 'Этот идентификатор МИС уже присвоен другому слоту или расписанию.',
  },
};
