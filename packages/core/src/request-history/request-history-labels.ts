import { ATTACHMENT_STATUS_LABELS } from '../attachment';
import { APPOINTMENT_STATUS_NAMES } from '../booking';
import { DATA_CHANGE_STATUS_LABELS } from '../data-changes';
import type { RequestHistoryType } from './request-history.types';

/** The Russian name of each type, as the history and its exports show it. */
export const REQUEST_HISTORY_TYPE_LABELS: Readonly<Record<RequestHistoryType, string>> = {
  appointment: 'Запись на приём',
  data_change: 'Изменение данных',
  data_request: 'Запрос о персональных данных',
  document_request: 'Справка или выписка',
  attachment_request: 'Прикрепление к поликлинике',
};

const DATA_REQUEST_STATUS_LABELS: Readonly<Record<string, string>> = {
  received: 'Получено',
  in_progress: 'В работе',
  done: 'Выполнено',
  rejected: 'Отклонено',
};

const DOCUMENT_REQUEST_STATUS_LABELS: Readonly<Record<string, string>> = {
  in_progress: 'Готовится',
  awaiting_signature: 'Ждёт подписи врача',
  ready: 'Готов',
  rejected: 'Отклонено',
};

const STATUS_LABELS: Readonly<Record<RequestHistoryType, Readonly<Record<string, string>>>> = {
  appointment: APPOINTMENT_STATUS_NAMES,
  data_change: DATA_CHANGE_STATUS_LABELS,
  data_request: DATA_REQUEST_STATUS_LABELS,
  document_request: DOCUMENT_REQUEST_STATUS_LABELS,
  attachment_request: ATTACHMENT_STATUS_LABELS,
};

/** The Russian label of a request's status; null for a status the type does not know. */
export const statusLabelOf = (type: RequestHistoryType, status: string): string | null =>
  STATUS_LABELS[type][status] ?? null;
