// «История обращений» (issue 11 item 7): the patient's requests of every type in one chronological list.
export {
  exportMyRequestHistory,
  listMyRequestHistory,
  REQUEST_HISTORY_EXPORT_COLUMNS,
  REQUEST_HISTORY_EXPORT_MAX,
  REQUEST_HISTORY_PAGE_SIZE,
  type RequestHistoryQuery,
  type RequestHistoryRow,
} from './list-my-request-history';
export * from './request-history.types';
export { requestHistoryUseCases } from './request-history.use-cases';
export {
  REQUEST_HISTORY_TYPE_LABELS,
  statusLabelOf,
} from './request-history-labels';
