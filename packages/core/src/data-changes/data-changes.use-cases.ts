import { createDataChangeRequest } from './create-data-change-request';
import { applyDataChangeRequest, decideDataChangeRequest } from './decide-data-change-request';
import {
  confirmDataChangeRequest,
  listMyDataChangeRequests,
  resendDataChangeCode,
} from './my-data-change-requests';
import { listDataChangeRequests } from './staff-data-change-requests';

/** Data-change requests: the patient files and confirms, the clinic's staff decide and apply. */
export const dataChangesUseCases = {
  createDataChangeRequest,
  listMyDataChangeRequests,
  confirmDataChangeRequest,
  resendDataChangeCode,
  listDataChangeRequests,
  decideDataChangeRequest,
  applyDataChangeRequest,
};
