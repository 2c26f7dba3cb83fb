import { exportMyRequestHistory, listMyRequestHistory } from './list-my-request-history';

/** «История обращений»: the patient's requests of every type, a page at a time or as a file. */
export const requestHistoryUseCases = { listMyRequestHistory, exportMyRequestHistory };
